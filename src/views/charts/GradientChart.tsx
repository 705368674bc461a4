import { scaleLinear, scaleLog } from 'd3';
import { useMemo } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
import { plotMargins, tickCount } from './chartLayout.ts';
import { polylinePath } from './fastPath.ts';
import { formatStep } from '../ui/format.ts';
import type { GradMetric } from './gradData.ts';
import { layerColor } from './layerColors.ts';
import { toLog } from '../ui/logScale.ts';

/** Props of one run's per-layer gradient lines. */
export interface GradientChartProps {
  points: readonly HistoryPoint[];
  metric: GradMetric;
  /** Layers of the run (hidden + output), for the colours. */
  layerCount: number;
  xDomain: readonly [number, number];
  /** Shared log domain, powers of ten. */
  yDomain: readonly [number, number];
  width: number;
  height: number;
  fontPx: number;
  /** Accessible name of the chart. */
  label: string;
  /** Title of the step axis. */
  xTitle: string;
}

/**
 * Lines of one per-layer norm over the steps on a log y axis, one line per layer coloured by depth
 * (d3 scales; paths built in one loop because 8 runs × 21 layers redraw every frame).
 */
export function GradientChart({ points, metric, layerCount, xDomain, yDomain, width, height, fontPx, label, xTitle }: GradientChartProps) {
  const m = plotMargins(fontPx, 4, 0.8, true);
  const iw = Math.max(10, width - m.left - m.right);
  const ih = Math.max(10, height - m.top - m.bottom);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, iw]), [xDomain, iw]);
  const y = useMemo(() => scaleLog().domain(yDomain).range([ih, 0]).clamp(true), [yDomain, ih]);
  const paths = useMemo(() => {
    const xs = points.map((p) => x(p.step));
    const ys: (number | null)[] = new Array(points.length);
    // y(v) of the clamped log scale, inlined for the hot loop: ih at the domain floor, 0 at its top.
    const [d0, d1] = y.domain();
    const l0 = Math.log10(d0);
    const k = ih / (Math.log10(d1) - l0);
    const out: string[] = [];
    for (let j = 0; j < layerCount; j++) {
      for (let i = 0; i < points.length; i++) {
        const l = points[i].layers[j];
        const v = l === undefined ? null : toLog(l[metric]);
        ys[i] = v === null ? null : Math.min(ih, Math.max(0, ih - (Math.log10(v) - l0) * k));
      }
      out.push(polylinePath(xs, ys));
    }
    return out;
  }, [points, metric, layerCount, x, y, ih]);
  return (
    <svg className="charts-svg" width={width} height={height} role="img" aria-label={label}>
      <g transform={`translate(${m.left},${m.top})`}>
        <AxisLeft scale={y} ticks={tickCount(ih, fontPx, 1.6)} grid={iw} />
        <g transform={`translate(0,${ih})`}>
          <AxisBottom scale={x} ticks={tickCount(iw, fontPx, 4.5)} format={formatStep} label={xTitle} />
        </g>
        {paths
          .map((d, j) => <path key={j} className="charts-grad-line" d={d} stroke={layerColor(j, layerCount)} data-layer={j} />)
          .reverse()}
      </g>
    </svg>
  );
}
