/** Margins and sizes of the charts, in px, from the measured font size so bigger type gets room. */

/** Inner margins of a plot. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Margins for a plot with a left axis of labels up to `leftChars` characters and a bottom axis (with a title line when xTitle). */
export function plotMargins(fontPx: number, leftChars = 4, right = 0.8, xTitle = false): Margins {
  const tick = fontPx * 0.85;
  return {
    top: Math.round(fontPx * 0.7),
    right: Math.round(fontPx * right),
    bottom: Math.round(tick * (xTitle ? 3.3 : 2.2)),
    left: Math.round(tick * (0.62 * leftChars + 1)),
  };
}

/** Columns for n small multiples in a row of `width` px, each at least `minWidth` px. */
export function columnsFor(n: number, width: number, minWidth: number): number {
  if (n <= 1) return 1;
  return Math.max(1, Math.min(n, Math.floor(width / minWidth)));
}

/** A value limited to [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Tick count that leaves about `spacingEm` font sizes between labels along `lengthPx`. */
export function tickCount(lengthPx: number, fontPx: number, spacingEm: number): number {
  return Math.max(2, Math.floor(lengthPx / (fontPx * spacingEm)));
}
