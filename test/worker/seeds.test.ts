import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../src/engine/index.ts';
import type { RunSpec } from '../../src/protocol.ts';
import { memberId, memberSpecs, runIdOf, seedIndexOf } from '../../src/seeds.ts';
import { createRun } from '../../src/worker/run.ts';
import { dataSpecOf, memberSeed, trainerSpecOf } from '../../src/worker/specs.ts';
import { smallRuns } from './harness.ts';

/** Losses of the first `steps` steps of one member, trained as the worker trains it. */
function losses(spec: RunSpec, steps: number): number[] {
  const run = createRun(spec, 'js');
  return Array.from({ length: steps }, () => run.trainer.step());
}

/** First-layer weights of a member at initialisation. */
const initW = (spec: RunSpec) => Array.from(createRun(spec, 'js').trainer.network.layers[0].W);

describe('seed derivation', () => {
  const [a, b] = smallRuns({ dropoutHidden: 0.2 });

  it('seed 0 trains exactly as a run without seeds: the same network seed, spec and losses, bit for bit', () => {
    expect(memberSeed(a.config.seed, 0)).toBe(a.config.seed);
    expect(trainerSpecOf(a.config, null, 0)).toEqual(trainerSpecOf(a.config));
    const [zero] = memberSpecs([a], 3);
    expect(zero).toBe(a);
    // The reference: a trainer built straight from the run's config, as before seeds existed.
    const ref = createTrainer({ ...trainerSpecOf(a.config), kernels: 'js' }, createRun(a, 'js').train);
    expect(losses(zero, 30)).toEqual(Array.from({ length: 30 }, () => ref.step()));
  });

  it('other seeds start from other weights and take other steps, and differ from each other', () => {
    const [s0, s1, s2] = memberSpecs([a], 3);
    expect(initW(s1)).not.toEqual(initW(s0));
    expect(initW(s2)).not.toEqual(initW(s1));
    expect(losses(s1, 20)).not.toEqual(losses(s0, 20));
  });

  it('every seed trains and validates on the same data', () => {
    const [s0, , s2] = memberSpecs([a], 3);
    const d0 = createRun(s0, 'js');
    const d2 = createRun(s2, 'js');
    expect(Array.from(d2.train.x)).toEqual(Array.from(d0.train.x));
    expect(Array.from(d2.val.x)).toEqual(Array.from(d0.val.x));
    expect(dataSpecOf(s2.config)).toEqual(dataSpecOf(s0.config));
  });

  it('seed s of run A and seed s of run B share everything but the compared knob: the same draws of the same seed', () => {
    // Two runs differing only in the learning rate: the same shapes, so seed s draws the same initial weights.
    const lrA: RunSpec = { ...a, config: { ...a.config, learningRate: 0.1 } };
    const lrB: RunSpec = { ...a, id: 'B', config: { ...a.config, learningRate: 0.5 } };
    const [, a1, a2] = memberSpecs([lrA], 3);
    const [, b1, b2] = memberSpecs([lrB], 3);
    expect(initW(b1)).toEqual(initW(a1));
    expect(initW(b2)).toEqual(initW(a2));
    expect(trainerSpecOf(b2.config, null, 2).network.seed).toBe(trainerSpecOf(a2.config, null, 2).network.seed);
    // … and the runs of the comparison (sigmoid vs ReLU) use one network seed per seed index.
    expect(trainerSpecOf(b.config, null, 1).network.seed).toBe(trainerSpecOf(a.config, null, 1).network.seed);
  });

  it('names members by run and seed, and reads the names back', () => {
    const specs = memberSpecs(smallRuns(), 3);
    expect(specs.map((s) => s.id)).toEqual(['A', 'A.1', 'A.2', 'B', 'B.1', 'B.2']);
    expect(specs.map((s) => s.seedIndex ?? 0)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(specs.map((s) => runIdOf(s.id))).toEqual(['A', 'A', 'A', 'B', 'B', 'B']);
    expect(specs.map((s) => seedIndexOf(s.id))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(memberId('C', 0)).toBe('C');
    expect(memberSpecs(smallRuns(), 1)).toEqual(smallRuns());
  });
});
