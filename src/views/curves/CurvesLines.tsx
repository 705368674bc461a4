import { scaleLinear } from 'd3';
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
import { plotCanvas } from '../ui/canvasLine.ts';
import { plotMargins, tickCount, type Margins } from '../ui/chartLayout.ts';
import { formatStep } from '../ui/format.ts';
import { useDrawPixels } from '../ui/inSight.ts';
import { useFrame } from '../ui/useFrame.ts';
import { byStep, formatSeconds, useXAxis, type XOf } from '../ui/xAxis.ts';
import { drawCurves, type CurveSeries } from './curvesCanvas.ts';
import { curveDomain, type CurveMetric } from './curvesData.ts';

/** Canvas margin around the plot, px: room for half a line's width and its round joins. */
const PAD = 2;

/** The curves' plot margins (the chart's overlay and its lines share them): wider on the left for percentages. */
export const curvesMargins = (fontPx: number, metric: CurveMetric): Margins => plotMargins(fontPx, metric === 'acc' ? 4.5 : 4, 2, true);

/**
 * The plot area of the curves chart and its scales, shared by the lines under it and the overlay over it (CurvesChart),
 * so the two always agree to the pixel.
 */
export function useCurvesPlot(p: Pick<CurvesLinesProps, 'metric' | 'xDomain' | 'yDomain' | 'width' | 'height' | 'fontPx'>) {
  const m = curvesMargins(p.fontPx, p.metric);
  const iw = Math.max(10, p.width - m.left - m.right);
  const ih = Math.max(10, p.height - m.top - m.bottom);
  const x = useMemo(() => scaleLinear().domain(p.xDomain).range([0, iw]), [p.xDomain, iw]);
  const y = useMemo(() => scaleLinear().domain(p.yDomain).range([ih, 0]).nice().clamp(true), [p.yDomain, ih]);
  return { m, iw, ih, x, y };
}

/** Props of the curves' canvas and axes. */
export interface CurvesLinesProps {
  series: readonly CurveSeries[];
  metric: CurveMetric;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  width: number;
  height: number;
  fontPx: number;
  formatY: (v: number) => string;
  xTitle: string;
  xOf?: XOf;
  formatX?: (v: number) => string;
}

/**
 * The curves and shaded gaps on a canvas, with the axes in SVG under the chart's overlay (CurvesChart). The canvas
 * says what it drew (data-train, data-val, data-gap: points per run, in order) for tests and tools.
 */
export function CurvesLines(p: CurvesLinesProps) {
  const { series, metric, width, height, fontPx } = p;
  const xOf = p.xOf ?? byStep;
  const { m, iw, ih, x, y } = useCurvesPlot(p);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const draw = useDrawPixels();
  useEffect(() => {
    if (!draw) return;
    const canvas = canvasRef.current;
    const ctx = plotCanvas(canvas, iw, ih, PAD);
    if (!canvas || !ctx) return;
    const drawn = drawCurves(ctx, series, metric, x, y, xOf);
    canvas.dataset.train = drawn.train.join(',');
    canvas.dataset.val = drawn.val.join(',');
    canvas.dataset.gap = drawn.gap.join(',');
    canvas.dataset.band = drawn.band.join(',');
  }, [draw, series, metric, x, y, iw, ih, xOf]);
  return (
    <>
      <canvas
        ref={canvasRef}
        className="charts-curves-lines"
        data-runs={series.map((s) => s.id).join(',')}
        style={{ left: m.left - PAD, top: m.top - PAD, width: iw + 2 * PAD, height: ih + 2 * PAD }}
        aria-hidden="true"
      />
      <svg className="charts-svg charts-curves-axes" width={width} height={height} aria-hidden="true">
        <g transform={`translate(${m.left},${m.top})`}>
          <AxisLeft scale={y} ticks={tickCount(ih, fontPx, 2.2)} format={p.formatY} grid={iw} />
          <g transform={`translate(0,${ih})`}>
            <AxisBottom scale={x} ticks={tickCount(iw, fontPx, 4.5)} format={p.formatX ?? formatStep} label={p.xTitle} />
          </g>
        </g>
      </svg>
    </>
  );
}

const EMPTY: readonly HistoryPoint[] = [];

/** Props of the paced curves: only values that stay put while training, so the panel's text-pace redraws leave it be. */
export interface PacedCurvesLinesProps {
  /** The curves panel's element: while it is out of sight, the lines redraw seldom (useFrame). */
  box: RefObject<Element | null>;
  metric: CurveMetric;
  width: number;
  height: number;
  fontPx: number;
  formatY: (v: number) => string;
  /** Titles of the x-axis: steps, or seconds in a race. */
  stepTitle: string;
  secondsTitle: string;
}

/**
 * The curves' canvas and axes from a snapshot of their own, on every frame the clock gives them: a redraw strokes the
 * canvas (handed to an OffscreenCanvas, so it needs no page paint) and touches the DOM only when a tick moves. The
 * panel's words, markers and labels redraw at text pace (bench/README, issue #23). Same derivation as the panel's.
 */
export const PacedCurvesLines = memo(function PacedCurvesLines(p: PacedCurvesLinesProps) {
  const lab = useFrame(0, p.box);
  const { runs, history, spread } = lab;
  const series = useMemo(() => runs.map((r, i) => ({ id: r.id, index: i, points: history[r.id] ?? EMPTY, band: spread[r.id]?.band })), [runs, history, spread]);
  const all = useMemo(() => series.map((s) => s.points), [series]);
  const { race, xOf, domain } = useXAxis(lab, all);
  const yDomain = useMemo(() => curveDomain(all, p.metric), [all, p.metric]);
  return (
    <CurvesLines
      series={series}
      metric={p.metric}
      xDomain={domain}
      yDomain={yDomain}
      width={p.width}
      height={p.height}
      fontPx={p.fontPx}
      formatY={p.formatY}
      xTitle={race ? p.secondsTitle : p.stepTitle}
      xOf={xOf}
      formatX={race ? formatSeconds : undefined}
    />
  );
});
