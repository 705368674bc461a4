import { describe, expect, it } from 'vitest';
import { createTrainer, makeData } from '../../src/engine/index.ts';
import { traceRun, untraceable } from '../../src/state/backprop.ts';
import { findLesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { probeStats } from '../../src/worker/probe.ts';
import { dataSpecOf, trainerSpecOf } from '../../src/worker/specs.ts';
import { KINDS } from '../engine/helpers.ts';

const lesson = findLesson('backprop')!;
const [a, b] = runSpecs(lesson.config, lesson.comparison);

describe('the backprop lesson', () => {
  it('is the depth chapter’s step-through lesson, and run A is small enough to show every number', () => {
    expect(lesson.chapter).toBe('depth');
    expect(untraceable(a.config)).toBeNull();
    expect(a.config.activation).toBe('sigmoid');
  });

  it('traces run A from exactly the weights the worker’s run A starts from', async () => {
    const trace = await traceRun(a.config);
    const { train } = makeData(dataSpecOf(a.config));
    const trainer = createTrainer(trainerSpecOf(a.config), train);
    expect(trace.layers).toHaveLength(trainer.network.layers.length);
    trainer.network.layers.forEach((p, l) => {
      expect(trace.layers[l].W).toEqual(Array.from(p.W));
      expect(trace.layers[l].b).toEqual(Array.from(p.b));
    });
    // The traced example is the first training point, with its label.
    expect(trace.x).toEqual(Array.from(train.x.subarray(0, 2)));
    expect(trace.y).toEqual([train.y[0]]);
    expect(trace.learningRate).toBe(a.config.learningRate);
  });

  it('shows δ shrinking on the way back: every sigmoid slope ≤ 1/4, the first layer’s δ smaller than the output’s', async () => {
    const trace = await traceRun(a.config);
    for (const layer of trace.layers.slice(0, -1)) for (const s of layer.slope!) expect(s).toBeLessThanOrEqual(0.25);
    expect(trace.layers[0].deltaNorm).toBeLessThan(trace.layers.at(-1)!.deltaNorm / 4);
  });

  describe.each(KINDS)('its claim at the default seed (%s kernels)', (kernels) => {
    it('B’s first layer starts with a gradient hundreds of times smaller than A’s; A separates the circles, B stays at chance', () => {
      const outcome = [a, b].map((run) => {
        const { train, val } = makeData(dataSpecOf(run.config));
        const trainer = createTrainer({ ...trainerSpecOf(run.config), kernels }, train);
        const firstInit = probeStats(trainer, train)[0].gradNorm;
        for (let s = 0; s < lesson.horizon.value; s++) trainer.step();
        return { firstInit, valAcc: trainer.evaluate(val).accuracy };
      });
      expect(outcome[1].firstInit * 100).toBeLessThan(outcome[0].firstInit);
      expect(outcome[0].valAcc).toBeGreaterThan(0.95);
      expect(Math.abs(outcome[1].valAcc - 0.5)).toBeLessThan(0.05);
    });
  });
});
