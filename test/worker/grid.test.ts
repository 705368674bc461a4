import { describe, expect, it } from 'vitest';
import { datasetFromPoints } from '../../src/engine/index.ts';
import { gridFor } from '../../src/worker/grid.ts';

/** A two-class data set of the given points (x, y pairs). */
const points = (...xy: number[]) => datasetFromPoints({ x: Float32Array.from(xy), labels: new Uint8Array(xy.length / 2), n: xy.length / 2 }, 2);

describe('gridFor', () => {
  it('spans every point of every run, training and validation, 10 % beyond the largest |coordinate|, as a square centred on 0', () => {
    const a = { train: points(0.5, -0.2), val: points(0.1, 0.3) };
    const b = { train: points(0.2, 0.4), val: points(-2.5, 1) };
    const g = gridFor([a, b]);
    expect(g).toEqual({ resolution: 48, xMin: -2.8, xMax: 2.8, yMin: -2.8, yMax: 2.8 });
    expect(gridFor([b, a])).toEqual(g);
  });

  it('is at least the square ±1.1 (rounded up to a tenth) for data inside [−1, 1]', () => {
    const g = gridFor([{ train: points(0.1, 0.2), val: points(-0.3, 0) }]);
    expect(g.xMax).toBeGreaterThanOrEqual(1.1);
    expect(g.xMax).toBeLessThanOrEqual(1.2);
    expect(gridFor([])).toEqual(g);
  });
});
