import { describe, expect, it } from 'vitest';
import type { ProgressMessage } from '../../src/protocol.ts';
import { createProgressPoster, createRateMeter } from '../../src/worker/progress.ts';
import { trainLockStep } from '../../src/worker/training.ts';
import { builtRunSet } from './harness.ts';

const built = () => builtRunSet({ batchSize: 16 });

describe('createRateMeter', () => {
  it('gives the steps per second since the oldest sample of the last second', () => {
    const rate = createRateMeter();
    expect(rate.measure(0, 0, true)).toBe(0);
    expect(rate.measure(500, 50, true)).toBe(100);
    expect(rate.measure(1000, 100, true)).toBe(100);
    // The samples at 0 and 500 ms are over a second old: the rate is the newer pace alone.
    expect(rate.measure(1600, 160, true)).toBeCloseTo(100, 9);
    expect(rate.measure(2000, 400, true)).toBe(300);
  });

  it('is 0 while paused, and starts afresh once cleared', () => {
    const rate = createRateMeter();
    rate.measure(0, 0, true);
    expect(rate.measure(500, 50, false)).toBe(0);
    rate.clear();
    expect(rate.measure(600, 0, true)).toBe(0);
    expect(rate.measure(700, 10, true)).toBe(100);
  });
});

describe('createProgressPoster', () => {
  it('is due at most every 33 ms, and every second while held at a pool’s limit', () => {
    const progress = createProgressPoster(() => {});
    expect(progress.due(0, false)).toBe(true);
    progress.post(100, built(), false);
    expect([progress.due(132, false), progress.due(133, false)]).toEqual([false, true]);
    expect([progress.due(1099, true), progress.due(1100, true)]).toEqual([false, true]);
  });

  it('posts each run’s news once: the points recorded since the last message are taken, not sent again', () => {
    const posted: ProgressMessage[] = [];
    const progress = createProgressPoster((m) => posted.push(m));
    const set = built();
    for (let i = 0; i < 10; i++) trainLockStep(set, () => 0);
    progress.post(0, set, false);
    progress.post(50, set, false);
    const [first, second] = posted;
    expect(first).toMatchObject({ type: 'progress', step: 10, playing: false, stepsPerSecond: 0 });
    expect(first.updates.map((u) => [u.id, u.status, u.step, u.points.map((p) => p.step)])).toEqual([
      ['A', 'training', 10, [0, 10]],
      ['B', 'training', 10, [0, 10]],
    ]);
    expect(second.updates.map((u) => u.points)).toEqual([[], []]);
  });

  it('counts the examples of the runs still training: rate × their batch sizes', () => {
    const posted: ProgressMessage[] = [];
    const progress = createProgressPoster((m) => posted.push(m));
    const set = built();
    set.trained[1].divergence = { step: 0, reason: 'lossNonFinite', learningRate: 1 };
    progress.post(0, set, true);
    set.step = 50;
    progress.post(500, set, true);
    expect(posted[1]).toMatchObject({ stepsPerSecond: 100, examplesPerSecond: 1600 });
    expect(posted[1].updates[1]).toMatchObject({ status: 'diverged', divergence: { reason: 'lossNonFinite' } });
  });
});
