import type { Dataset, GridSpec } from '../engine/types.ts';

/** Cells per side of the decision-boundary grid. */
const BOUNDARY_RESOLUTION = 48;

/** The grid before any run is built: the square [−1, 1]². */
export const FIRST_GRID: GridSpec = { resolution: BOUNDARY_RESOLUTION, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

/**
 * Square grid centred on 0 over the data of every run of the comparison: 10 % beyond the largest
 * |coordinate| (at least 1), rounded up to a tenth. Every worker of a pool gets the same square.
 */
export function gridFor(data: { train: Dataset; val: Dataset }[]): GridSpec {
  let m = 1;
  for (const r of data) {
    for (const d of [r.train, r.val]) {
      for (let i = 0; i < d.n * d.inputs; i++) m = Math.max(m, Math.abs(d.x[i]));
    }
  }
  const e = Math.ceil(m * 1.1 * 10) / 10;
  return { resolution: BOUNDARY_RESOLUTION, xMin: -e, xMax: e, yMin: -e, yMax: e };
}
