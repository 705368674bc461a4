import type { GridSpec, PointSet } from '../../protocol.ts';

/** Per class: points on the wrong side of the drawn boundary, and points in all. */
export interface WrongSide {
  wrong: number[];
  total: number[];
}

/**
 * Output probabilities at (x, y), interpolated bilinearly between the grid's cell centres (cell
 * (r, c) sits at x = xMin + (c + ½)Δx, y = yMax − (r + ½)Δy), clamped at the edges; written into `out`.
 */
function probsAt(probs: Float32Array, outputs: number, grid: GridSpec, x: number, y: number, out: Float64Array): void {
  const res = grid.resolution;
  const fc = Math.min(res - 1, Math.max(0, ((x - grid.xMin) / (grid.xMax - grid.xMin)) * res - 0.5));
  const fr = Math.min(res - 1, Math.max(0, ((grid.yMax - y) / (grid.yMax - grid.yMin)) * res - 0.5));
  const c0 = Math.floor(fc);
  const r0 = Math.floor(fr);
  const c1 = Math.min(res - 1, c0 + 1);
  const r1 = Math.min(res - 1, r0 + 1);
  const u = fc - c0;
  const v = fr - r0;
  for (let k = 0; k < outputs; k++) {
    const at = (r: number, c: number) => probs[(r * res + c) * outputs + k];
    out[k] = (1 - v) * ((1 - u) * at(r0, c0) + u * at(r0, c1)) + v * ((1 - u) * at(r1, c0) + u * at(r1, c1));
  }
}

/**
 * How many points of each class lie on the wrong side of the boundary as drawn: the class the
 * interpolated grid predicts at the point (p > ½ for one sigmoid output, else the most probable
 * class) differs from its label. Counted from the drawn boundary, so it is what the picture shows.
 */
export function wrongSide(probs: Float32Array, outputs: number, grid: GridSpec, set: PointSet, classes: number): WrongSide {
  const wrong = new Array<number>(classes).fill(0);
  const total = new Array<number>(classes).fill(0);
  const p = new Float64Array(Math.max(1, outputs));
  for (let i = 0; i < set.n; i++) {
    const label = set.labels[i];
    probsAt(probs, outputs, grid, set.x[2 * i], set.x[2 * i + 1], p);
    let predicted = 0;
    if (outputs === 1) predicted = p[0] > 0.5 ? 1 : 0;
    else for (let k = 1; k < outputs; k++) if (p[k] > p[predicted]) predicted = k;
    if (label < classes) {
      total[label]++;
      if (predicted !== label) wrong[label]++;
    }
  }
  return { wrong, total };
}
