import type { HistoryPoint } from '../../protocol.ts';
import type { GradMetric } from './gradData.ts';
import { toLog } from '../ui/logScale.ts';

/**
 * Plot coordinates of one run's per-layer lines: xs[i] for point i, and per layer ys[j][i] in px from
 * the top of the plot (NaN = a gap: no layer j at that point, or a NaN/±Inf value). The log scale is
 * clamped: a value at or below the domain floor (0 included) sits at ih, at or above its top at 0.
 */
export interface GradLines {
  xs: Float32Array;
  ys: Float32Array[];
}

/** Coordinates of every layer's line, x(point) given (px from its step or seconds), y on the log domain [d0, d1] over ih px. */
export function gradLines(
  points: readonly HistoryPoint[], metric: GradMetric, layerCount: number,
  x: (point: HistoryPoint) => number, domain: readonly [number, number], ih: number,
): GradLines {
  const n = points.length;
  const xs = new Float32Array(n);
  for (let i = 0; i < n; i++) xs[i] = x(points[i]);
  const l0 = Math.log10(domain[0]);
  const k = ih / (Math.log10(domain[1]) - l0);
  const ys: Float32Array[] = [];
  for (let j = 0; j < layerCount; j++) {
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const l = points[i].layers[j];
      const v = l === undefined ? null : toLog(l[metric]);
      y[i] = v === null ? NaN : Math.min(ih, Math.max(0, ih - (Math.log10(v) - l0) * k));
    }
    ys.push(y);
  }
  return { xs, ys };
}
