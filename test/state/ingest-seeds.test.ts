import { describe, expect, it } from 'vitest';
import type { PoolNews } from '../../src/pool/pool.ts';
import type { HistoryPoint, LayerStats, ProgressMessage, RunInfo, RunUpdate } from '../../src/protocol.ts';
import { ingest } from '../../src/state/ingest.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { initialLabState } from '../../src/state/store.ts';
import { point, stats } from '../views/chartFixtures.ts';

const info = (id: string): RunInfo => ({
  id, label: id, layerSizes: [2, 4, 1], classes: 2, kernels: 'js', config: DEFAULT_CONFIG,
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 }, val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
});
const acc = (step: number, valAcc: number, grad = 1): HistoryPoint => point(step, [stats({ gradNorm: grad }), stats({ gradNorm: grad * 10 })], { valAcc });
const update = (id: string, points: HistoryPoint[], layers: LayerStats[] = []): RunUpdate => ({
  id, status: 'training', step: 20, seconds: 1, stepsPerSecond: 100, batchLoss: 0.5, layers, points, masks: [],
});
const news = (updates: RunUpdate[]): PoolNews => ({
  configured: null, boundary: null, faults: [], imageProbs: null,
  progress: { type: 'progress', step: 20, epoch: 2, playing: true, stepsPerSecond: 100, examplesPerSecond: 3200, updates } satisfies ProgressMessage,
});

describe('the merge over several seeds', () => {
  const s = { ...initialLabState, runs: [info('A'), info('B')], playing: true, seedsInUse: 3 };
  const patch = ingest(s, news([
    update('A', [acc(10, 0.6, 1), acc(20, 0.9, 1)], [stats({ gradNorm: 99 })]), update('A.1', [acc(10, 0.8, 2), acc(20, 0.7, 2)]), update('A.2', [acc(10, 0.7, 4), acc(20, 0.8, 4)]),
    update('B', [acc(10, 0.5), acc(20, 0.5)]), update('B.1', [acc(10, 0.5), acc(20, 0.6)]), update('B.2', [acc(10, 0.5), acc(20, 0.55)]),
  ])).patch;

  it('makes each run\'s history its median over the seeds, layer statistics included', () => {
    expect(patch.history!.A.map((p) => p.valAcc)).toEqual([0.7, 0.8]);
    expect(patch.history!.B.map((p) => p.valAcc)).toEqual([0.5, 0.55]);
    expect(patch.history!.A[1].layers.map((l) => l.gradNorm)).toEqual([2, 20]);
  });

  it('derives "latest" from the median, not from seed 0\'s live statistics', () => {
    expect(patch.derived!.A.last!.valAcc).toBe(0.8);
    expect(patch.derived!.A.layers!.map((l) => l.gradNorm)).toEqual([2, 20]);
  });

  it('keeps every seed\'s history, the band, and live numbers for seed 0 only', () => {
    expect(patch.members!.A.map((h) => h.map((p) => p.valAcc))).toEqual([[0.6, 0.9], [0.8, 0.7], [0.7, 0.8]]);
    expect(patch.spread!.A.band.map((b) => [b.lo.valAcc, b.hi.valAcc])).toEqual([[0.6, 0.8], [0.7, 0.9]]);
    expect(Object.keys(patch.live!)).toEqual(['A', 'B']);
  });

  it('with one seed merges as before: the run\'s own points, no seed data', () => {
    const one = ingest({ ...initialLabState, runs: [info('A')], playing: true }, news([update('A', [acc(10, 0.6), acc(20, 0.9)])])).patch;
    expect(one.history!.A.map((p) => p.valAcc)).toEqual([0.6, 0.9]);
    expect(one.members).toEqual({});
    expect(one.spread).toEqual({});
  });
});
