import { describe, expect, it } from 'vitest';
import type { ProgressMessage, RunUpdate } from '../../src/protocol.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { assignRuns, lockstepLimit, mergePoolProgress, poolSize } from '../../src/pool/merge.ts';

const spec = (id: string, width: number) => ({ id, label: id, config: { ...DEFAULT_CONFIG, width } });

function progress(step: number, sps: number, playing: boolean, runs: RunUpdate[] = []): ProgressMessage {
  return { type: 'progress', step, epoch: step / 10, playing, stepsPerSecond: sps, examplesPerSecond: sps * 32, updates: runs };
}

const run = (id: string, step: number): RunUpdate => ({
  id, status: 'training', step, seconds: 0, stepsPerSecond: 0, batchLoss: 0, layers: [], points: [], masks: [],
});

describe('pool size', () => {
  it('is one worker per run up to the cores less one (the page keeps a core), at most 8, and at least 1', () => {
    expect(poolSize(2, 2, null)).toBe(1);
    expect(poolSize(3, 4, null)).toBe(3);
    expect(poolSize(4, 4, null)).toBe(3);
    expect(poolSize(1, 16, null)).toBe(1);
    expect(poolSize(12, 16, null)).toBe(8);
    expect(poolSize(4, 0, null)).toBe(1);
  });

  it('follows a forced size, but never more workers than runs', () => {
    expect(poolSize(4, 2, 1)).toBe(1);
    expect(poolSize(4, 2, 3)).toBe(3);
    expect(poolSize(2, 8, 6)).toBe(2);
  });
});

describe('assigning runs to workers', () => {
  it('puts the costliest run alone and balances the rest, keeping comparison order within a worker', () => {
    const parts = assignRuns([spec('A', 16), spec('B', 64), spec('C', 256)], 2);
    expect(parts).toEqual([['C'], ['A', 'B']]);
  });

  it('gives every run to exactly one worker', () => {
    const specs = 'ABCDEFGH'.split('').map((id, i) => spec(id, 8 + i * 8));
    const parts = assignRuns(specs, 3);
    expect(parts.flat().sort()).toEqual('ABCDEFGH'.split(''));
    expect(parts.every((p) => p.length > 0)).toBe(true);
  });
});

describe('merging the workers’ progress', () => {
  it('reports the step every run has reached in lock-step, the furthest in a race, with runs in comparison order', () => {
    const latest = [progress(40, 100, true), progress(55, 300, false)];
    const runs = new Map([['B', run('B', 55)], ['A', run('A', 40)]]);
    const lock = mergePoolProgress(latest, runs, ['A', 'B'], 'lockstep');
    expect([lock.step, lock.stepsPerSecond, lock.playing]).toEqual([40, 100, true]);
    expect(lock.updates.map((r) => r.id)).toEqual(['A', 'B']);
    expect(lock.examplesPerSecond).toBe(400 * 32);
    const race = mergePoolProgress(latest, runs, ['A', 'B'], 'race');
    expect([race.step, race.stepsPerSecond]).toEqual([55, 300]);
  });

  it('lets the workers run about a quarter second of the slowest one’s steps ahead of it, at least 20', () => {
    expect(lockstepLimit([100, 130], [400, 1000])).toBe(200);
    expect(lockstepLimit([7, 7], [0, 0])).toBe(27);
    expect(lockstepLimit([50, 10], [30, 30])).toBe(30);
  });
});
