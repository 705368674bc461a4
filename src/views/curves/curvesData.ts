import { quantile } from 'd3';
import type { HistoryPoint } from '../../protocol.ts';

/** What the curves show: loss or accuracy. */
export type CurveMetric = 'loss' | 'acc';

/** Train and validation value of a point for a metric. */
export function curveValues(p: HistoryPoint, metric: CurveMetric): [number, number] {
  return metric === 'loss' ? [p.trainLoss, p.valLoss] : [p.trainAcc, p.valAcc];
}

/** Index of the point with the lowest finite validation loss, or -1. Ties keep the earliest. */
export function bestValIndex(points: readonly HistoryPoint[]): number {
  let best = -1;
  for (let i = 0; i < points.length; i++) {
    const v = points[i].valLoss;
    if (Number.isFinite(v) && (best < 0 || v < points[best].valLoss)) best = i;
  }
  return best;
}

/**
 * Linear y domain. Loss: [0, top] where top ignores rare spikes (at most twice the 95th percentile),
 * so the shaded gap keeps an honest area. Accuracy: [lowest tenth seen, at most 0.5, 1].
 */
export function curveDomain(series: readonly (readonly HistoryPoint[])[], metric: CurveMetric): [number, number] {
  const values: number[] = [];
  for (const points of series) {
    for (const p of points) {
      for (const v of curveValues(p, metric)) if (Number.isFinite(v)) values.push(v);
    }
  }
  if (metric === 'acc') {
    const lo = values.length ? Math.min(0.5, Math.floor(Math.min(...values) * 10) / 10) : 0.5;
    return [Math.max(0, lo), 1];
  }
  if (values.length === 0) return [0, 1];
  values.sort((a, b) => a - b);
  const max = values[values.length - 1];
  const cap = 2 * (quantile(values, 0.95) ?? max);
  const top = Math.min(max, cap > 0 ? cap : max);
  return [0, top > 0 ? top : 1];
}

/** Every recorded step of any run, ascending, without repeats. */
export function unionSteps(series: readonly (readonly HistoryPoint[])[]): number[] {
  const set = new Set<number>();
  for (const points of series) for (const p of points) set.add(p.step);
  return [...set].sort((a, b) => a - b);
}

/** The point of a series recorded at exactly this step, if any (one binary search for every series: history.ts). */
export { pointAt } from '../../history.ts';
