import { describe, expect, it } from 'vitest';
import type { HistoryPoint, LayerStats, RunUpdate } from '../../src/protocol.ts';
import { deriveRun, derivedOf, mergeSeries, sharedGradExtent, type Series } from '../../src/state/series.ts';
import { HISTORY_CAP } from '../../src/history.ts';
import { point, stats } from '../views/chartFixtures.ts';

/** A progress entry of run `id` at `step` with these new points and live layers. */
function progress(id: string, step: number, points: HistoryPoint[], layers: LayerStats[] = []): RunUpdate {
  return { id, status: 'training', step, seconds: 0, stepsPerSecond: 0, batchLoss: 0, layers, points, masks: [] };
}

const empty: Series = { history: {}, derived: {} };

describe('mergeSeries', () => {
  it('spans every finite value of each metric over all layers of the kept points, skipping NaN and ±Inf', () => {
    const s = mergeSeries(empty, [
      progress('A', 10, [point(10, [stats({ gradNorm: 3e-5, deltaNorm: 2 }), stats({ gradNorm: 0.4, deltaNorm: NaN })])]),
      progress('B', 20, [point(10, [stats({ gradNorm: Infinity, deltaNorm: 1e-9 })]), point(20, [stats({ gradNorm: 7, deltaNorm: 5 })])]),
    ]);
    expect(s.derived.A.gradExtent.gradNorm).toEqual([3e-5, 0.4]);
    expect(s.derived.B.gradExtent.deltaNorm).toEqual([1e-9, 5]);
    expect(sharedGradExtent([s.derived.A, s.derived.B], 'gradNorm')).toEqual([3e-5, 7]);
    expect(sharedGradExtent([], 'gradNorm')).toEqual([Infinity, -Infinity]);
  });

  it('widens the extent with each merge as a full scan of the kept points would give', () => {
    let s = empty;
    const all: HistoryPoint[] = [];
    for (let k = 1; k <= 30; k++) {
      const p = point(k * 10, [stats({ gradNorm: 1 + ((k * 7) % 11), deltaNorm: 1 / k })]);
      all.push(p);
      s = mergeSeries(s, [progress('A', k * 10, [p])]);
      expect(s.derived.A.gradExtent).toEqual(deriveRun(all).gradExtent);
    }
  });

  it('scans the kept points again when a full series is halved, so dropped points leave the extent', () => {
    let s = empty;
    // The only large value sits at step 10, which the first halving drops (only multiples of 20 stay).
    for (let step = 0; step <= HISTORY_CAP * 10; step += 10) {
      s = mergeSeries(s, [progress('A', step, [point(step, [stats({ gradNorm: step === 10 ? 1000 : 1 })])])]);
    }
    expect(s.history.A.length).toBeLessThanOrEqual(HISTORY_CAP);
    expect(s.history.A.some((p) => p.step === 10)).toBe(false);
    expect(s.derived.A.gradExtent.gradNorm).toEqual([1, 1]);
  });

  it('keeps one "latest" per run: the live layers and their step when given, else the newest point', () => {
    const live = [stats({ gradNorm: 0.25 })];
    const s = mergeSeries(empty, [progress('A', 23, [point(20, [stats({ gradNorm: 0.5 })])], live), progress('B', 20, [point(20, [stats({ gradNorm: 0.75 })])])]);
    expect(s.derived.A.layers).toBe(live);
    expect(s.derived.A.step).toBe(23);
    expect(s.derived.A.last?.step).toBe(20);
    expect(s.derived.B.layers?.[0].gradNorm).toBe(0.75);
    expect(s.derived.B.step).toBe(20);
  });

  it('leaves runs without news as they were (same objects) and takes new live layers without points', () => {
    const s1 = mergeSeries(empty, [progress('A', 10, [point(10, [stats()])]), progress('B', 10, [point(10, [stats()])])]);
    const live = [stats({ gradNorm: 2 })];
    const s2 = mergeSeries(s1, [progress('A', 12, [], live)]);
    expect(s2.history.B).toBe(s1.history.B);
    expect(s2.derived.B).toBe(s1.derived.B);
    expect(s2.history.A).toBe(s1.history.A);
    expect(s2.derived.A.layers).toBe(live);
    expect(s2.derived.A.step).toBe(12);
  });
});

describe('derivedOf', () => {
  it('gives a run’s numbers as the merge left them, and nothing yet (no extent, no latest) before its first merge', () => {
    const s = mergeSeries(empty, [progress('A', 20, [point(10, [stats({ gradNorm: 0.1 })]), point(20, [stats({ gradNorm: 0.3 })])])]);
    expect(derivedOf(s, 'A')).toBe(s.derived.A);
    expect(derivedOf(s, 'A').gradExtent.gradNorm).toEqual([0.1, 0.3]);
    const none = derivedOf(s, 'B');
    expect(none.last).toBeUndefined();
    expect(none.layers).toBeUndefined();
    expect(none.gradExtent.gradNorm).toEqual([Infinity, -Infinity]);
  });
});
