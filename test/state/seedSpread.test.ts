import { describe, expect, it } from 'vitest';
import type { HistoryPoint, LayerStats, RunUpdate } from '../../src/protocol.ts';
import { bandPoint, groupByRun, median, medianPoint, mergeRunSeeds, spreadOf } from '../../src/state/seedSpread.ts';

const layer = (gradNorm: number): LayerStats => ({
  gradNorm, biasGradNorm: 0, deltaNorm: gradNorm * 2, weightNorm: 1, updateRatio: 0, actMean: 0, actStd: 1, saturated: 0, dead: 0,
});
const point = (step: number, valAcc: number, valLoss = 1 - valAcc, trainLoss = valLoss / 2): HistoryPoint => ({
  step, seconds: step / 100, epoch: step / 10, trainLoss, trainAcc: valAcc, valLoss, valAcc, layers: [layer(valAcc), layer(valAcc * 10)],
});
const update = (id: string, points: HistoryPoint[], diverged?: number): RunUpdate => ({
  id, status: diverged === undefined ? 'training' : 'diverged', step: points.length ? points[points.length - 1].step : 0,
  seconds: 0, stepsPerSecond: 0, batchLoss: 0, layers: [], points, masks: [],
  ...(diverged === undefined ? {} : { divergence: { step: diverged, reason: 'lossNonFinite' as const, learningRate: 1 } }),
});

describe('median and spread', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });

  it('leaves out values that are not finite, and is NaN when none is', () => {
    expect(median([1, NaN, 3, Infinity])).toBe(2);
    expect(Number.isNaN(median([NaN]))).toBe(true);
    expect(spreadOf([0.5, 0.9, NaN, 0.7])).toEqual({ median: 0.7, min: 0.5, max: 0.9 });
  });

  it('makes a median point whose every number, the layer statistics too, is the median over the seeds', () => {
    const m = medianPoint([point(10, 0.6), point(10, 0.9), point(10, 0.7)]);
    expect(m.step).toBe(10);
    expect(m.valAcc).toBe(0.7);
    expect(m.valLoss).toBeCloseTo(0.3, 12);
    expect(m.layers.map((l) => l.gradNorm)).toEqual([0.7, 7]);
    expect(m.layers[1].deltaNorm).toBe(14);
    const b = bandPoint([point(10, 0.6), point(10, 0.9), point(10, 0.7)]);
    expect([b.lo.valAcc, b.hi.valAcc, b.n]).toEqual([0.6, 0.9, 3]);
  });
});

describe('merging a run over several seeds', () => {
  it('groups members by run, seed by seed', () => {
    const g = groupByRun([update('A', []), update('B.1', []), update('A.1', []), update('B', [])]);
    expect([...g.keys()]).toEqual(['A', 'B']);
    expect(g.get('B')!.map((u) => u.id)).toEqual(['B', 'B.1']);
  });

  it('appends the median of every step all seeds have recorded, and waits for a seed that lags', () => {
    const first = mergeRunSeeds('A', { members: undefined, spread: undefined }, [
      update('A', [point(0, 0.5), point(10, 0.6), point(20, 0.8)]),
      update('A.1', [point(0, 0.5), point(10, 0.8)]),
      update('A.2', [point(0, 0.5), point(10, 0.7), point(20, 0.6)]),
    ]);
    expect(first.median.points.map((p) => [p.step, p.valAcc])).toEqual([[0, 0.5], [10, 0.7]]);
    expect(first.median.id).toBe('A');
    expect(first.spread.band.map((b) => [b.lo.valAcc, b.hi.valAcc])).toEqual([[0.5, 0.5], [0.6, 0.8]]);
    expect(first.spread.at!.step).toBe(10);
    expect(first.spread.at!.points.map((p) => p!.valAcc)).toEqual([0.6, 0.8, 0.7]);
    // The lagging seed catches up: step 20 is merged once, from every seed's point.
    const next = mergeRunSeeds('A', { members: first.members, spread: first.spread }, [
      update('A', []), update('A.1', [point(20, 1)]), update('A.2', []),
    ]);
    expect(next.median.points.map((p) => [p.step, p.valAcc])).toEqual([[20, 0.8]]);
    expect(next.members.map((h) => h.length)).toEqual([3, 3, 3]);
    expect(next.spread.band).toHaveLength(3);
  });

  it('leaves a diverged seed out from its divergence on; the others go on', () => {
    const m = mergeRunSeeds('B', { members: undefined, spread: undefined }, [
      update('B', [point(10, 0.6), point(20, 0.7)]),
      update('B.1', [point(10, 0.9)], 15),
      update('B.2', [point(10, 0.8), point(20, 0.9)]),
      update('B.3', [point(10, 0.7), point(20, 0.8)]),
    ]);
    expect(m.median.points.map((p) => [p.step, p.valAcc])).toEqual([[10, 0.75], [20, 0.8]]);
    expect(m.spread.band.map((b) => b.n)).toEqual([4, 3]);
    expect(m.spread.diverged.map((d) => d?.step)).toEqual([undefined, 15, undefined, undefined]);
    expect(m.spread.at!.points.map((p) => p?.valAcc ?? null)).toEqual([0.7, null, 0.9, 0.8]);
  });
});
