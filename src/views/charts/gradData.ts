import type { HistoryPoint, LayerStats } from '../../protocol.ts';

/** Which per-layer norm the gradient view shows. */
export type GradMetric = 'gradNorm' | 'deltaNorm';

/** The layer statistics the readouts use: the latest recorded point's, else the latest live ones. */
export function latestLayers(points: readonly HistoryPoint[] | undefined, live: readonly LayerStats[] | undefined): readonly LayerStats[] | undefined {
  if (points && points.length > 0) return points[points.length - 1].layers;
  return live && live.length > 0 ? live : undefined;
}

/** Per recorded point, its [lo, hi] of each metric over its layers: a point never changes, so it is scanned once, not per frame. */
const pointExtents = new WeakMap<HistoryPoint, Record<GradMetric, [number, number]>>();

function extentOf(p: HistoryPoint): Record<GradMetric, [number, number]> {
  let e = pointExtents.get(p);
  if (e) return e;
  e = { gradNorm: [Infinity, -Infinity], deltaNorm: [Infinity, -Infinity] };
  for (const l of p.layers) {
    for (const metric of ['gradNorm', 'deltaNorm'] as const) {
      const v = l[metric];
      if (!Number.isFinite(v)) continue;
      const r = e[metric];
      if (v < r[0]) r[0] = v;
      if (v > r[1]) r[1] = v;
    }
  }
  pointExtents.set(p, e);
  return e;
}

/** Smallest and largest finite value of one metric over all layers of all points ([Infinity, -Infinity] when none). */
export function metricExtent(series: readonly (readonly HistoryPoint[])[], metric: GradMetric): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const points of series) {
    for (const p of points) {
      const [a, b] = extentOf(p)[metric];
      if (a < lo) lo = a;
      if (b > hi) hi = b;
    }
  }
  return [lo, hi];
}

/** [first, last] step over several series, the last at least spanTo (a lesson's horizon: the chart fills as it plays); [0, 1] when there is nothing. */
export function stepDomain(series: readonly (readonly { step: number }[])[], spanTo = 0): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    if (s.length === 0) continue;
    lo = Math.min(lo, s[0].step);
    hi = Math.max(hi, s[s.length - 1].step);
  }
  if (lo > hi) return spanTo > 0 ? [0, spanTo] : [0, 1];
  hi = Math.max(hi, spanTo);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}
