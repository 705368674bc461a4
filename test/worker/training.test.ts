import { describe, expect, it, vi } from 'vitest';
import { allDiverged, trainLockStep, trainRun } from '../../src/worker/training.ts';
import { createRunSet } from '../../src/worker/runSet.ts';
import { builtRunSet as built } from './harness.ts';

describe('trainRun', () => {
  it('adds each step’s own time to the run’s seconds and records a point on recorded steps only (every 10th here)', () => {
    const [r] = built().trained;
    r.pending = [];
    let t = 0;
    const now = () => (t += 2);
    for (let i = 0; i < 25; i++) trainRun(r, now);
    expect(r.step).toBe(25);
    // Two readings a step, 2 ms apart: the evaluation on recorded steps is not counted.
    expect(r.seconds).toBeCloseTo(25 * 0.002, 12);
    expect(r.pending.map((p) => p.step)).toEqual([10, 20]);
    expect(Number.isFinite(r.lastLoss)).toBe(true);
  });

  it('marks a run diverged at a non-finite loss, with the step and the learning rate', () => {
    const [r] = built().trained;
    vi.spyOn(r.trainer, 'step').mockReturnValue(NaN);
    trainRun(r, () => 0);
    expect(r.divergence).toEqual({ step: 1, reason: 'lossNonFinite', learningRate: r.spec.config.learningRate });
  });

  it('marks a run diverged on a recorded step whose weights are no longer finite, recording no point', () => {
    const [r] = built().trained;
    r.pending = [];
    vi.spyOn(r.trainer, 'hasNonFinite').mockReturnValue(true);
    for (let i = 0; i < 10; i++) trainRun(r, () => 0);
    expect(r.divergence).toMatchObject({ step: 10, reason: 'weightsNonFinite' });
    expect(r.pending).toEqual([]);
  });
});

describe('trainLockStep', () => {
  it('takes the step on every run still training; a diverged run keeps count without training', () => {
    const set = built();
    const [a, b] = set.trained;
    a.divergence = { step: 0, reason: 'lossNonFinite', learningRate: 1 };
    trainLockStep(set, () => 0);
    trainLockStep(set, () => 0);
    expect([set.step, a.step, b.step]).toEqual([2, 2, 2]);
    expect([a.trainer.stepCount, b.trainer.stepCount]).toEqual([0, 2]);
  });
});

describe('allDiverged', () => {
  it('is true only when there are runs and every one diverged', () => {
    const set = built();
    expect(allDiverged(createRunSet())).toBe(false);
    expect(allDiverged(set)).toBe(false);
    for (const r of set.trained) r.divergence = { step: 0, reason: 'lossNonFinite', learningRate: 1 };
    expect(allDiverged(set)).toBe(true);
  });
});
