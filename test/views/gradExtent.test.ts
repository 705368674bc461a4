import { describe, expect, it } from 'vitest';
import { metricExtent } from '../../src/views/charts/gradData.ts';
import { point, stats } from './chartFixtures.ts';

describe('metricExtent', () => {
  it('spans every finite value of the chosen metric over all layers of all runs, skipping NaN and ±Inf', () => {
    const a = [point(10, [stats({ gradNorm: 3e-5, deltaNorm: 2 }), stats({ gradNorm: 0.4, deltaNorm: NaN })])];
    const b = [point(10, [stats({ gradNorm: Infinity, deltaNorm: 1e-9 })]), point(20, [stats({ gradNorm: 7, deltaNorm: 5 })])];
    expect(metricExtent([a, b], 'gradNorm')).toEqual([3e-5, 7]);
    expect(metricExtent([a, b], 'deltaNorm')).toEqual([1e-9, 5]);
    expect(metricExtent([[], []], 'gradNorm')).toEqual([Infinity, -Infinity]);
  });

  it('gives the same extent for a new series array that shares earlier points and adds one (as each merge makes)', () => {
    const p1 = point(10, [stats({ gradNorm: 0.5 })]);
    const p2 = point(20, [stats({ gradNorm: 0.01 })]);
    expect(metricExtent([[p1]], 'gradNorm')).toEqual([0.5, 0.5]);
    expect(metricExtent([[p1, p2]], 'gradNorm')).toEqual([0.01, 0.5]);
    expect(metricExtent([[p2]], 'gradNorm')).toEqual([0.01, 0.01]);
  });
});
