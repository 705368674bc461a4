import { scaleLinear, symbol, symbolDiamond } from 'd3';
import type React from 'react';
import { useEffect, useMemo, useRef } from 'react';
import { runColor } from '../ui/theme.ts';
import { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
import { plotMargins, tickCount } from '../ui/chartLayout.ts';
import { CurvesCursor } from './CurvesCursor.tsx';
import { drawCurves, type CurveSeries } from './curvesCanvas.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';
import { plotCanvas } from '../ui/canvasLine.ts';
import { useDrawPixels } from '../ui/inSight.ts';
import { bestValIndex, curveValues, type CurveMetric } from './curvesData.ts';
import { nearestIndex } from '../ui/useStepCursor.ts';
import { formatStep } from '../ui/format.ts';
import { placeLabels } from './labelPlacement.ts';

export type { CurveSeries };

/** Canvas margin around the plot, px: room for half a line's width and its round joins. */
const PAD = 2;

/** Props of the overlaid train/validation curves. */
export interface CurvesChartProps {
  series: readonly CurveSeries[];
  metric: CurveMetric;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** Every recorded step, ascending (hover snaps to these). */
  steps: readonly number[];
  width: number;
  height: number;
  fontPx: number;
  /** Step under the cursor, or null. */
  cursorStep: number | null;
  onHover: (step: number | null) => void;
  formatY: (v: number) => string;
  /** Title of the step axis. */
  xTitle: string;
  /** Label of a best-validation marker, e.g. "A best: 120". */
  bestLabel: (runId: string, step: number) => string;
  /** A point's x: its step (default) or, in race mode, its run's seconds of training. */
  xOf?: XOf;
  /** Tick labels of the x axis (default: steps). */
  formatX?: (v: number) => string;
}

const finite = (v: number) => Number.isFinite(v);

/**
 * Train (solid) and validation (dashed) curves of every run, gaps shaded, best validation step marked, with a step cursor.
 * Axes, markers, labels and the cursor in SVG; the curves and gaps on a canvas under them: as SVG paths, eight
 * runs' curves cost a path string, a setAttribute and a repaint each per frame (bench/README.md, UI frame budget).
 * The canvas says what it drew (data-train, data-val, data-gap: points per run, in order) for tests and tools;
 * the text equivalent is the readout and the caption.
 */
export function CurvesChart(p: CurvesChartProps) {
  const { series, metric, width, height, fontPx, cursorStep } = p;
  const xOf = p.xOf ?? byStep;
  const m = plotMargins(fontPx, metric === 'acc' ? 4.5 : 4, 2, true);
  const iw = Math.max(10, width - m.left - m.right);
  const ih = Math.max(10, height - m.top - m.bottom);
  const x = useMemo(() => scaleLinear().domain(p.xDomain).range([0, iw]), [p.xDomain, iw]);
  const y = useMemo(() => scaleLinear().domain(p.yDomain).range([ih, 0]).nice().clamp(true), [p.yDomain, ih]);

  const shapes = useMemo(
    () =>
      series.map((s) => {
        const bi = bestValIndex(s.points);
        return { s, best: bi >= 0 ? s.points[bi] : undefined };
      }),
    [series],
  );

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
  }, [draw, series, metric, x, y, iw, ih, xOf]);

  const bestLabels = placeLabels(
    shapes.flatMap(({ s, best }) =>
      best ? [{ key: s.id, x: x(xOf(best)), y: y(curveValues(best, metric)[1]), text: p.bestLabel(s.id, best.step) }] : [],
    ),
    iw,
    ih,
    fontPx * 0.8,
  );
  const endLabels = placeLabels(
    shapes.flatMap(({ s }) => {
      const last = s.points[s.points.length - 1];
      const v = last ? curveValues(last, metric)[1] : NaN;
      return last && finite(v) ? [{ key: s.id, x: x(xOf(last)) + 6, y: y(v), text: s.id }] : [];
    }),
    iw + m.right,
    ih,
    fontPx * 0.8,
    false,
  );
  const diamond = symbol(symbolDiamond, (fontPx * 0.75) ** 2)() ?? '';
  const colorOf = (id: string) => runColor(series.find((s) => s.id === id)?.index ?? 0);

  const onPointerMove = (e: React.PointerEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const at = x.invert(e.clientX - r.left);
    if (xOf === byStep) {
      const i = nearestIndex(p.steps, at);
      p.onHover(i >= 0 ? p.steps[i] : null);
      return;
    }
    // Seconds on the axis: the step of the point nearest in time, over every run.
    let best: number | null = null;
    let gap = Infinity;
    for (const s of series) for (const pt of s.points) if (Math.abs(xOf(pt) - at) < gap) { gap = Math.abs(xOf(pt) - at); best = pt.step; }
    p.onHover(best);
  };

  return (
    <div className="charts-curves-chart" style={{ width, height }}>
    <canvas
      ref={canvasRef}
      className="charts-curves-lines"
      data-runs={series.map((s) => s.id).join(',')}
      style={{ left: m.left - PAD, top: m.top - PAD, width: iw + 2 * PAD, height: ih + 2 * PAD }}
      aria-hidden="true"
    />
    <svg className="charts-svg charts-curves-svg" width={width} height={height} aria-hidden="true">
      <g transform={`translate(${m.left},${m.top})`}>
        <AxisLeft scale={y} ticks={tickCount(ih, fontPx, 2.2)} format={p.formatY} grid={iw} />
        <g transform={`translate(0,${ih})`}>
          <AxisBottom scale={x} ticks={tickCount(iw, fontPx, 4.5)} format={p.formatX ?? formatStep} label={p.xTitle} />
        </g>
        {shapes.map(({ s, best }) =>
          best ? (
            <path
              key={`best-${s.id}`}
              className="charts-best"
              data-run={s.id}
              data-step={best.step}
              d={diamond}
              fill={runColor(s.index)}
              transform={`translate(${x(xOf(best))},${y(curveValues(best, metric)[1])})`}
            />
          ) : null,
        )}
        {bestLabels.map((l) => (
          <text key={`bl-${l.key}`} className="charts-label charts-best-label" data-run={l.key} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
        {endLabels.map((l) => (
          <text key={`el-${l.key}`} className="charts-label charts-end-label" x={l.x} y={l.y} dy="0.32em" fill={colorOf(l.key)}>
            {l.text}
          </text>
        ))}
        {cursorStep !== null && <CurvesCursor series={series} metric={metric} step={cursorStep} x={x} y={y} height={ih} xOf={xOf} />}
        <rect className="charts-hover" width={iw} height={ih} onPointerMove={onPointerMove} onPointerLeave={() => p.onHover(null)} />
      </g>
    </svg>
    </div>
  );
}
