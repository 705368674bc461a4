import { describe, expect, it } from 'vitest';
import type { GridSpec, PointSet } from '../../src/protocol.ts';
import { wrongSide } from '../../src/views/boundary/wrongSide.ts';

const grid: GridSpec = { resolution: 4, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

/** A 4×4 grid of P(class 1) = f(x, y) at the cell centres (row 0 at the top). */
function sigmoidGrid(f: (x: number, y: number) => number): Float32Array {
  const out = new Float32Array(16);
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) out[r * 4 + c] = f(-0.75 + 0.5 * c, 0.75 - 0.5 * r);
  return out;
}

function points(xy: [number, number][], labels: number[]): PointSet {
  return { x: new Float32Array(xy.flat()), labels: new Uint8Array(labels), n: labels.length };
}

describe('wrongSide', () => {
  it('counts, per class, the points whose side of a vertical boundary at x = 0 is not their label', () => {
    const probs = sigmoidGrid((x) => (x > 0 ? 0.9 : 0.1));
    const set = points(
      [[-0.8, 0.2], [-0.5, -0.6], [0.6, 0.1], [0.9, -0.9], [0.7, 0.7], [-0.3, 0.3]],
      [0, 0, 1, 1, 0, 1],
    );
    // Class 0: one of three on the right (wrong); class 1: one of three on the left (wrong).
    expect(wrongSide(probs, 1, grid, set, 2)).toEqual({ wrong: [1, 1], total: [3, 3] });
  });

  it('interpolates between cell centres, so a point just across a smooth boundary counts as across', () => {
    // P(class 1) rises linearly with x through ½ at x = 0.1.
    const probs = sigmoidGrid((x) => 0.5 + (x - 0.1));
    const set = points([[0.05, 0], [0.15, 0]], [1, 0]);
    expect(wrongSide(probs, 1, grid, set, 2)).toEqual({ wrong: [1, 1], total: [1, 1] });
  });

  it('takes the most probable class with a softmax over three outputs', () => {
    const probs = new Float32Array(16 * 3);
    for (let cell = 0; cell < 16; cell++) probs[cell * 3 + (cell % 4 < 2 ? 0 : 2)] = 1;
    const set = points([[-0.5, 0], [0.5, 0], [0.6, 0.5], [-0.9, -0.9]], [0, 2, 1, 2]);
    expect(wrongSide(probs, 3, grid, set, 3)).toEqual({ wrong: [0, 1, 1], total: [1, 1, 2] });
  });

  it('clamps points outside the grid to its edge', () => {
    const probs = sigmoidGrid((x) => (x > 0 ? 0.9 : 0.1));
    expect(wrongSide(probs, 1, grid, points([[5, 5], [-5, -5]], [1, 1]), 2)).toEqual({ wrong: [0, 1], total: [0, 2] });
  });
});
