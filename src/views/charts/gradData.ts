import type { GradMetric } from '../../state/series.ts';

export type { GradMetric };

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
