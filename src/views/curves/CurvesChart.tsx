import { symbol, symbolDiamond } from 'd3';
import type React from 'react';
import { useMemo, type ReactNode } from 'react';
import { runColor } from '../ui/theme.ts';
import { CurvesCursor } from './CurvesCursor.tsx';
import type { CurveSeries } from './curvesCanvas.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';
import { bestValIndex, curveValues, type CurveMetric } from './curvesData.ts';
import { nearestIndex } from '../ui/useStepCursor.ts';
import { placeLabels } from './labelPlacement.ts';
import { CurvesLines, useCurvesPlot } from './CurvesLines.tsx';

export type { CurveSeries };

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
  /**
   * The lines and axes, drawn by the container at a pace of their own (PacedCurvesLines, same margins and data);
   * absent, they are drawn here from these props (CurvesLines).
   */
  lines?: ReactNode;
}

const finite = (v: number) => Number.isFinite(v);

/**
 * Train (solid) and validation (dashed) curves of every run, gaps shaded, best validation step marked, with a step cursor.
 * Markers, labels and the cursor in SVG over the curves and gaps on a canvas (CurvesLines, axes included): as SVG
 * paths, eight runs' curves cost a path string, a setAttribute and a repaint each per frame (bench/README.md, UI
 * frame budget). The text equivalent is the readout and the caption.
 */
export function CurvesChart(p: CurvesChartProps) {
  const { series, metric, width, height, fontPx, cursorStep } = p;
  const xOf = p.xOf ?? byStep;
  const { m, iw, ih, x, y } = useCurvesPlot(p);

  const shapes = useMemo(
    () =>
      series.map((s) => {
        const bi = bestValIndex(s.points);
        return { s, best: bi >= 0 ? s.points[bi] : undefined };
      }),
    [series],
  );

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
    {p.lines ?? (
      <CurvesLines
        series={series}
        metric={metric}
        xDomain={p.xDomain}
        yDomain={p.yDomain}
        width={width}
        height={height}
        fontPx={fontPx}
        formatY={p.formatY}
        xTitle={p.xTitle}
        xOf={xOf}
        formatX={p.formatX}
      />
    )}
    <svg className="charts-svg charts-curves-svg" width={width} height={height} aria-hidden="true">
      <g transform={`translate(${m.left},${m.top})`}>
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
