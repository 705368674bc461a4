import type { HistoryPoint } from '../../protocol.ts';

/** What a canvas of the gradient view holds: the size, scales and metric it was drawn with, and the points drawn. */
export interface Held {
  key: readonly unknown[];
  points: readonly HistoryPoint[];
  n: number;
}

/**
 * The index of the last point a redraw can continue from, or 0 for a whole redraw. While the size, the metric and
 * the scales stay (`key`: the x-axis ends at a nice number, the y-axis and colours at powers of ten) and the
 * history only grew, the canvas already holds everything up to the last point drawn, so only what is new needs
 * drawing. Rasterising all of it again was most of the gradient view's cost (bench/README, "The frame of a
 * chart"). A halved history (history.ts) keeps other points, and a moved scale changes the key: both
 * redraw it all.
 */
export function continuesFrom(held: Held | null, key: readonly unknown[], points: readonly HistoryPoint[]): number {
  if (!held || held.n < 2 || points.length < held.n) return 0;
  if (held.key.length !== key.length || held.key.some((v, i) => v !== key[i])) return 0;
  if (points[0] !== held.points[0] || points[held.n - 1] !== held.points[held.n - 1]) return 0;
  return held.n - 1;
}
