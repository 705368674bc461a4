import { describe, expect, it } from 'vitest';
import { bestValIndex, curveDomain, pointAt, unionSteps } from '../../src/views/curves/curvesData.ts';
import { nearestIndex } from '../../src/views/ui/useStepCursor.ts';
import { niceEnd, stepDomain } from '../../src/views/ui/xAxis.ts';
import { gradRatio } from '../../src/views/ui/gradRatio.ts';
import { placeLabels } from '../../src/views/curves/labelPlacement.ts';
import { curveHistory, stats } from './chartFixtures.ts';

describe('curve data', () => {
  it('finds the earliest lowest finite validation loss', () => {
    expect(bestValIndex(curveHistory([1, 1, 1, 1], [0.9, NaN, 0.4, 0.4]))).toBe(2);
    expect(bestValIndex(curveHistory([1], [NaN]))).toBe(-1);
  });

  it('starts the loss axis at zero and keeps a lone spike from squashing the rest', () => {
    const calm = Array(40).fill(0.5);
    const spiky = [...calm, 500];
    expect(curveDomain([curveHistory(calm, calm)], 'loss')).toEqual([0, 0.5]);
    const [lo, hi] = curveDomain([curveHistory(spiky, spiky)], 'loss');
    expect(lo).toBe(0);
    expect(hi).toBeLessThan(2);
  });

  it('shows accuracy from at most 50 % up to 100 %', () => {
    expect(curveDomain([curveHistory([0.2, 0.1], [0.2, 0.1])], 'acc')).toEqual([0.5, 1]);
    expect(curveDomain([curveHistory([1.4], [1.4])], 'acc')).toEqual([0.3, 1]);
  });

  it('merges the recorded steps of all runs and snaps to the nearest', () => {
    const steps = unionSteps([curveHistory([1, 1, 1], [1, 1, 1]), curveHistory([1, 1, 1, 1, 1], [1, 1, 1, 1, 1])]);
    expect(steps).toEqual([0, 10, 20, 30, 40]);
    expect(nearestIndex(steps, 26)).toBe(3);
    expect(nearestIndex(steps, 24)).toBe(2);
    expect(nearestIndex(steps, 1e9)).toBe(4);
    expect(pointAt(curveHistory([1, 2, 3], [1, 2, 3]), 20)?.trainLoss).toBe(3);
    expect(pointAt(curveHistory([1, 2, 3], [1, 2, 3]), 25)).toBeUndefined();
  });
});

describe('gradient data', () => {
  it('divides the first hidden layer’s gradient by the last hidden layer’s, ignoring the output', () => {
    expect(gradRatio([stats({ gradNorm: 1e-6 }), stats({ gradNorm: 5 }), stats({ gradNorm: 1e-2 }), stats({ gradNorm: 100 })])).toBeCloseTo(1e-4, 12);
    expect(gradRatio([stats({ gradNorm: 1 }), stats({ gradNorm: 1 })])).toBe('single');
    expect(gradRatio([stats({ gradNorm: NaN }), stats({ gradNorm: 1 }), stats()])).toBeNull();
    expect(gradRatio(undefined)).toBeNull();
  });

  it('spans the steps of every run', () => {
    expect(stepDomain([[{ step: 10 }, { step: 50 }], [{ step: 0 }, { step: 30 }]])).toEqual([0, 50]);
    expect(stepDomain([])).toEqual([0, 1]);
  });

  it('rounds a growing axis end up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k, and keeps one already nice', () => {
    expect([1, 1.1, 1.3, 1.7, 2.2, 2.7, 3.5, 4.5, 5.5, 7, 9].map(niceEnd)).toEqual([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]);
    expect(niceEnd(12_001)).toBe(15_000);
    expect(niceEnd(300)).toBe(300);
    expect(niceEnd(0.27)).toBeCloseTo(0.3, 12);
    // The end moves only at those values: steps 12,001 … 15,000 all share one axis.
    expect(new Set([12_001, 13_500, 14_999, 15_000].map(niceEnd)).size).toBe(1);
    expect(niceEnd(0)).toBe(0);
  });
});

describe('label placement', () => {
  it('moves a label that would overlap another by a line, and keeps labels inside the plot', () => {
    const placed = placeLabels(
      [
        { key: 'A', x: 100, y: 50, text: 'A best: 30' },
        { key: 'B', x: 104, y: 52, text: 'B best: 30' },
        { key: 'C', x: 398, y: 200, text: 'C best: 900' },
      ],
      400,
      300,
      10,
    );
    const a = placed.find((p) => p.key === 'A')!;
    const b = placed.find((p) => p.key === 'B')!;
    expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(10);
    expect(placed.find((p) => p.key === 'C')!.anchor).toBe('end');
  });
});
