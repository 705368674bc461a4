import { scaleLinear, scaleLog } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
import { plotMargins, tickCount } from '../ui/chartLayout.ts';
import { gradLines } from './gradLines.ts';
import { plotCanvas, plotDpr, strokeLine } from '../ui/canvasLine.ts';
import { formatStep } from '../ui/format.ts';
import type { GradMetric } from './gradData.ts';
import { layerColor } from './layerColors.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';
import { continuesFrom, type Held } from './continued.ts';
import { useDrawPixels } from '../ui/inSight.ts';

/** Canvas margin around the plot, px: room for half a line's width and its round caps. */
const PAD = 2;

/** Props of one run's per-layer gradient lines. */
export interface GradientChartProps {
  points: readonly HistoryPoint[];
  metric: GradMetric;
  /** Layers of the run (hidden + output), for the colours. */
  layerCount: number;
  xDomain: readonly [number, number];
  /** A point's x: its step (default), or in a race its seconds of training. */
  xOf?: XOf;
  /** Tick format of the x-axis (steps by default). */
  formatX?: (v: number) => string;
  /** Shared log domain, powers of ten. */
  yDomain: readonly [number, number];
  width: number;
  height: number;
  fontPx: number;
  /** Accessible name of the chart. */
  label: string;
  /** Title of the x-axis. */
  xTitle: string;
}

/**
 * Lines of one per-layer norm over the steps on a log y axis, one line per layer coloured by depth.
 * d3 scales; axes in SVG, the lines on a canvas over the plot: as SVG paths, 8 runs × 21 layers cost a
 * path string, a setAttribute and a repaint each per frame (see bench/README.md, UI frame budget).
 * A redraw strokes only the new segments when the canvas holds the rest (continued.ts). The canvas says what
 * it holds (data-points per layer, first layer first; data-from, where the last redraw began; data-step, its newest
 * step) for tests and tools; the text equivalent is the gradient browser's readout and the numbers table. Out of sight
 * while training it draws nothing (ui/inSight.ts) and continues from what it holds once back.
 */
export function GradientChart({ points, metric, layerCount, xDomain, xOf = byStep, formatX = formatStep, yDomain, width, height, fontPx, label, xTitle }: GradientChartProps) {
  const m = plotMargins(fontPx, 4, 0.8, true);
  const iw = Math.max(10, width - m.left - m.right);
  const ih = Math.max(10, height - m.top - m.bottom);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, iw]), [xDomain, iw]);
  const y = useMemo(() => scaleLog().domain(yDomain).range([ih, 0]).clamp(true), [yDomain, ih]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const held = useRef<Held | null>(null);
  const draw = useDrawPixels();
  useEffect(() => {
    // Out of sight while training: the canvas keeps what it shows and continues from it once back (continued.ts).
    if (!draw) return;
    const canvas = canvasRef.current;
    const key = [iw, ih, plotDpr(), metric, layerCount, xOf, ...x.domain(), ...y.domain()];
    const from = continuesFrom(held.current, key, points);
    const ctx = plotCanvas(canvas, iw, ih, PAD, from === 0);
    if (!canvas || !ctx) return;
    ctx.lineWidth = 2;
    ctx.lineJoin = 'round';
    // Round caps only on a whole redraw: a continued line starts under the end of the one drawn before.
    ctx.lineCap = from === 0 ? 'round' : 'butt';
    const { xs, ys } = gradLines(points, metric, layerCount, (p) => x(xOf(p)), y.domain() as [number, number], ih);
    const drawn: number[] = new Array(layerCount);
    // The output layer first, so the first hidden layer (the one that vanishes) is drawn on top.
    for (let j = layerCount - 1; j >= 0; j--) {
      ctx.strokeStyle = layerColor(j, layerCount);
      drawn[j] = strokeLine(ctx, xs, ys[j], from);
    }
    held.current = { key, points, n: points.length };
    canvas.dataset.points = drawn.join(',');
    canvas.dataset.from = String(from);
    canvas.dataset.step = String(points.length > 0 ? points[points.length - 1].step : '');
  }, [draw, points, metric, layerCount, x, xOf, y, iw, ih]);
  return (
    <div className="charts-grad-chart" style={{ width, height }}>
      <svg className="charts-svg" width={width} height={height} role="img" aria-label={label}>
        <g transform={`translate(${m.left},${m.top})`}>
          <AxisLeft scale={y} ticks={tickCount(ih, fontPx, 1.6)} grid={iw} />
          <g transform={`translate(0,${ih})`}>
            <AxisBottom scale={x} ticks={tickCount(iw, fontPx, 4.5)} format={formatX} label={xTitle} />
          </g>
        </g>
      </svg>
      <canvas
        ref={canvasRef}
        className="charts-grad-lines"
        data-layers={layerCount}
        style={{ left: m.left - PAD, top: m.top - PAD, width: iw + 2 * PAD, height: ih + 2 * PAD }}
        aria-hidden="true"
      />
    </div>
  );
}
