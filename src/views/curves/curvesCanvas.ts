import type { HistoryPoint } from '../../protocol.ts';
import type { BandPoint } from '../../state/seedSpread.ts';
import { runColor } from '../ui/theme.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';
import { curveValues, type CurveMetric } from './curvesData.ts';
import { strokeLine, type Context2D } from '../ui/canvasLine.ts';

/** Dash of the validation lines, px (train lines are solid). */
export const VAL_DASH = [7, 4];
/** Opacity of the shaded train/validation gap. */
export const GAP_ALPHA = 0.14;
/** Width of the curves, px. */
export const CURVE_WIDTH = 2.25;


/** One run's history and its position (colour) in the comparison. */
export interface CurveSeries {
  id: string;
  index: number;
  points: readonly HistoryPoint[];
  /** Over several seeds: the min–max band at the points' steps (points are then the medians). */
  band?: readonly BandPoint[];
}

/** What drawCurves drew, runs in order: points per train line, per validation line and per gap area (out and back). */
export interface CurvesDrawn {
  train: number[];
  val: number[];
  gap: number[];
  /** Over several seeds, points per validation band (out and back); empty otherwise. */
  band: number[];
}

/** x and the band's two edges in px of a run's validation metric (one fill per run, however many seeds). */
function bandCoords(band: readonly BandPoint[], points: readonly HistoryPoint[], metric: CurveMetric, x: (v: number) => number, y: (v: number) => number, xOf: XOf) {
  const key = metric === 'loss' ? 'valLoss' : 'valAcc';
  const xs = new Float32Array(band.length);
  const lo = new Float32Array(band.length);
  const hi = new Float32Array(band.length);
  for (let i = 0; i < band.length; i++) {
    const b = band[i];
    // The band and the medians share their steps; a race's x is the median point's seconds.
    const p = points[i]?.step === b.step ? points[i] : undefined;
    xs[i] = x(p ? xOf(p) : b.step);
    lo[i] = Number.isFinite(b.lo[key]) ? y(b.lo[key]) : NaN;
    hi[i] = Number.isFinite(b.hi[key]) ? y(b.hi[key]) : NaN;
  }
  return { xs, lo, hi };
}

/** x and y of one curve in px (NaN where the value is not finite: a gap in the line). */
function coords(points: readonly HistoryPoint[], metric: CurveMetric, k: 0 | 1, x: (v: number) => number, y: (v: number) => number, xOf: XOf) {
  const xs = new Float32Array(points.length);
  const ys = new Float32Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const v = curveValues(points[i], metric)[k];
    xs[i] = x(xOf(points[i]));
    ys[i] = Number.isFinite(v) ? y(v) : NaN;
  }
  return { xs, ys };
}

/** Fills the area between two curves, one closed shape per stretch where both are finite; returns its points (out and back). */
function fillGap(ctx: Context2D, xs: Float32Array, a: Float32Array, b: Float32Array): number {
  let drawn = 0;
  ctx.beginPath();
  let i = 0;
  while (i < xs.length) {
    if (Number.isNaN(a[i]) || Number.isNaN(b[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < xs.length && !Number.isNaN(a[j]) && !Number.isNaN(b[j])) j++;
    ctx.moveTo(xs[i], a[i]);
    for (let k = i + 1; k < j; k++) ctx.lineTo(xs[k], a[k]);
    for (let k = j - 1; k >= i; k--) ctx.lineTo(xs[k], b[k]);
    ctx.closePath();
    drawn += 2 * (j - i);
    i = j;
  }
  ctx.fill();
  return drawn;
}

/**
 * Draws every run's train (solid) and validation (dashed) curve in its colour over the shaded gap between
 * them, on a context whose origin is the plot's top left. The gaps go first, so no shade covers a line.
 */
export function drawCurves(
  ctx: Context2D,
  series: readonly CurveSeries[],
  metric: CurveMetric,
  x: (v: number) => number,
  y: (v: number) => number,
  xOf: XOf = byStep,
): CurvesDrawn {
  const lines = series.map((s) => ({ s, train: coords(s.points, metric, 0, x, y, xOf), val: coords(s.points, metric, 1, x, y, xOf) }));
  const drawn: CurvesDrawn = { train: [], val: [], gap: [], band: [] };
  ctx.globalAlpha = GAP_ALPHA;
  for (const { s, train, val } of lines) {
    ctx.fillStyle = runColor(s.index);
    // Over several seeds the shade is the spread of validation over the seeds, not the median's gap.
    if (s.band) {
      const b = bandCoords(s.band, s.points, metric, x, y, xOf);
      drawn.band.push(fillGap(ctx, b.xs, b.lo, b.hi));
    } else drawn.gap.push(fillGap(ctx, train.xs, train.ys, val.ys));
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = CURVE_WIDTH;
  ctx.lineJoin = 'round';
  for (const { s, train, val } of lines) {
    ctx.strokeStyle = runColor(s.index);
    ctx.setLineDash([]);
    drawn.train.push(strokeLine(ctx, train.xs, train.ys));
    ctx.setLineDash(VAL_DASH);
    drawn.val.push(strokeLine(ctx, val.xs, val.ys));
  }
  ctx.setLineDash([]);
  return drawn;
}
