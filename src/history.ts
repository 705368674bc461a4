/**
 * Bounded, deterministic history: a point is recorded at step s when s is a multiple of
 * historyStride(s). The stride starts at BASE_STRIDE and doubles each time a series would
 * exceed HISTORY_CAP points, when the stored series keeps every other point. Worker and
 * client share these rules, so the stored points depend on the step alone, never on timing.
 */
export const BASE_STRIDE = 10;
export const HISTORY_CAP = 200;

/** Recording stride in force at step s: BASE·2^k, doubling at steps BASE·CAP·2^(k−1). */
export function historyStride(step: number): number {
  let stride = BASE_STRIDE;
  let limit = BASE_STRIDE * HISTORY_CAP;
  while (step >= limit) {
    stride *= 2;
    limit *= 2;
  }
  return stride;
}

/** True when step s is a recorded step. */
export function isRecordedStep(step: number): boolean {
  return step % historyStride(step) === 0;
}

/**
 * Appends points to a series in place, halving it (keeping steps that are multiples of the
 * new stride) whenever it would exceed the cap. Returns the same array.
 */
export function appendBounded<T extends { step: number }>(series: T[], points: readonly T[]): T[] {
  for (const p of points) {
    if (series.length > 0 && p.step <= series[series.length - 1].step) continue;
    if (!isRecordedStep(p.step)) continue;
    series.push(p);
    if (series.length > HISTORY_CAP) {
      const stride = historyStride(p.step);
      let w = 0;
      for (let r = 0; r < series.length; r++) {
        if (series[r].step % stride === 0) series[w++] = series[r];
      }
      series.length = w;
    }
  }
  return series;
}

/** The point of a series (ascending steps) recorded at exactly `step` (binary search), undefined when it has none. */
export function pointAt<T extends { step: number }>(points: readonly T[], step: number): T | undefined {
  let lo = 0;
  let hi = points.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = points[mid].step;
    if (s === step) return points[mid];
    if (s < step) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
