import { describe, expect, it } from 'vitest';
import { createTrainer, makeData } from '../../src/engine/index.ts';
import { findLesson, horizonReached, type Lesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { flopsPerStep } from '../../src/views/numbers/flops.ts';
import { paramCount } from '../../src/netShape.ts';
import { isRecordedStep } from '../../src/history.ts';
import { dataSpecOf, trainerSpecOf } from '../../src/worker/specs.ts';

function lesson(id: string): Lesson {
  const l = findLesson(id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l;
}

/** Layer sizes of a run of a lesson, as the worker builds it. */
function sizes(config: Lesson['config']): number[] {
  const n = trainerSpecOf(config).network;
  return [n.inputs, ...n.hidden, n.outputs];
}

/** First recorded step with validation accuracy ≥ 90 % (Infinity if none within `steps`), on the run's own kernels. */
function stepsTo90(config: Lesson['config'], steps: number): { to90: number; valAcc: number } {
  const { train, val } = makeData(dataSpecOf(config));
  const trainer = createTrainer({ ...trainerSpecOf(config), kernels: config.kernels }, train);
  let to90 = Infinity;
  for (let s = 1; s <= steps; s++) {
    trainer.step();
    if (isRecordedStep(s) && to90 === Infinity && trainer.evaluate(val).accuracy >= 0.9) to90 = s;
  }
  return { to90, valAcc: trainer.evaluate(val).accuracy };
}

describe('the heavy-computation lessons at their default seed', () => {
  it('cost: three runs at depth 8, 16/64/256 wide, on plain JS; the widest has ~250× the weights and FLOPs per step of the narrowest', () => {
    const l = lesson('cost');
    expect(l.chapter).toBe('computation');
    const specs = runSpecs(l.config, l.comparison);
    expect(specs.map((s) => [s.config.depth, s.config.width, s.config.kernels])).toEqual([[8, 16, 'js'], [8, 64, 'js'], [8, 256, 'js']]);
    const flops = specs.map((s) => flopsPerStep(sizes(s.config), s.config.batchSize));
    const params = specs.map((s) => paramCount(sizes(s.config), false));
    expect(flops[2] / flops[0]).toBeGreaterThan(200);
    expect(flops[2] / flops[0]).toBeLessThan(300);
    expect(params[2] / params[0]).toBeGreaterThan(200);
    expect(flops[1] / flops[0]).toBeGreaterThan(10);
  });

  it('cost: every width learns the circles (≥ 85 %) within the horizon, so the difference is cost, not success', () => {
    const l = lesson('cost');
    for (const s of runSpecs(l.config, l.comparison)) {
      expect(stepsTo90(s.config, l.horizon.value).valAcc, `width ${s.config.width}`).toBeGreaterThan(0.85);
    }
  });

  it('hardware: a race of the same 8×64 ReLU He net on two spirals (400 points, SGD .05), plain JS and SIMD, without and with batch norm', () => {
    const l = lesson('hardware');
    expect(l.mode).toBe('race');
    expect(l.horizon.unit).toBe('seconds');
    const specs = runSpecs(l.config, l.comparison);
    expect(specs.map((s) => [s.config.kernels, s.config.batchNorm])).toEqual([['js', false], ['js', true], ['simd', false], ['simd', true]]);
    for (const s of specs) {
      expect([s.config.dataset, s.config.trainSize, s.config.depth, s.config.width, s.config.activation, s.config.init, s.config.optimizer, s.config.learningRate])
        .toEqual(['spiral', 400, 8, 64, 'relu', 'he', 'sgd', 0.05]);
    }
  });

  it('hardware: batch norm reaches 90 % validation accuracy in under a quarter of the steps, on either kernels, with the same outcome on both', () => {
    const l = lesson('hardware');
    const [js, jsBn, simd, simdBn] = runSpecs(l.config, l.comparison).map((s) => stepsTo90(s.config, 1000));
    expect(jsBn.to90).toBeLessThanOrEqual(100);
    expect(jsBn.to90 * 4).toBeLessThan(js.to90);
    expect(simdBn.to90 * 4).toBeLessThan(simd.to90);
    expect(js.to90).toBeLessThan(1000);
    // The kinds agree to float rounding: 90 % within one recorded point of each other.
    expect(Math.abs(simd.to90 - js.to90)).toBeLessThanOrEqual(30);
    expect(Math.abs(simdBn.to90 - jsBn.to90)).toBeLessThanOrEqual(10);
  });

  it('a race’s horizon ends when every run has trained its seconds, or sooner when every run reached the target', () => {
    const l = lesson('hardware');
    expect(horizonReached(l, 10_000, [])).toBe(false);
    expect(horizonReached(l, 10_000, [{ seconds: 31, valAcc: 0.5 }, { seconds: 12, valAcc: 0.95 }])).toBe(false);
    expect(horizonReached(l, 0, [{ seconds: 31, valAcc: 0.5 }, { seconds: 30, valAcc: 0.6 }])).toBe(true);
    expect(horizonReached(l, 0, [{ seconds: 3, valAcc: 0.91 }, { seconds: 1, valAcc: 0.9 }])).toBe(true);
    expect(horizonReached(lesson('cost'), 99, [])).toBe(false);
    expect(horizonReached(lesson('cost'), 100, [])).toBe(true);
  });
});
