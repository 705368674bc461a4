import { describe, expect, it } from 'vitest';
import { traceLine } from '../../src/views/boundary/decisionLine.ts';

const trace = (probs: number[], res: number) => {
  const segs: number[][] = [];
  traceLine(probs, res, 0.5, (...s) => segs.push(s));
  return segs;
};

describe('traceLine (the p = 0.5 line by marching squares)', () => {
  it('draws nothing where the network is on one side everywhere', () => {
    expect(trace(new Array(16).fill(0.2), 4)).toEqual([]);
    expect(trace(new Array(16).fill(0.9), 4)).toEqual([]);
  });

  it('puts a boundary between columns of 1/3 and 2/3 halfway between their centres, one segment per row of blocks', () => {
    // p = i / 3 in column i: 0.5 falls halfway between the centres of columns 1 (x 1.5) and 2 (x 2.5).
    const probs = Array.from({ length: 16 }, (_, k) => (k % 4) / 3);
    const segs = trace(probs, 4);
    expect(segs).toHaveLength(3);
    for (const [x0, , x1] of segs) {
      expect(x0).toBeCloseTo(2, 6);
      expect(x1).toBeCloseTo(2, 6);
    }
    expect(segs.map(([, y0, , y1]) => [y0, y1].sort()).sort((a, b) => a[0] - b[0])).toEqual([[0.5, 1.5], [1.5, 2.5], [2.5, 3.5]]);
  });

  it('traces a circle: every segment end lies near the radius where p crosses 0.5', () => {
    const res = 24;
    const r = 7;
    // p falls linearly with the distance from the grid's centre, crossing 0.5 at distance r.
    const probs = Array.from({ length: res * res }, (_, k) => {
      const x = (k % res) + 0.5 - res / 2;
      const y = Math.floor(k / res) + 0.5 - res / 2;
      return 0.5 - (Math.hypot(x, y) - r) / 10;
    });
    const segs = trace(probs, res);
    expect(segs.length).toBeGreaterThan(30);
    for (const [x0, y0, x1, y1] of segs) {
      expect(Math.hypot(x0 - res / 2, y0 - res / 2)).toBeCloseTo(r, 0);
      expect(Math.hypot(x1 - res / 2, y1 - res / 2)).toBeCloseTo(r, 0);
    }
  });
});
