import type { ScaleLinear, ScaleLogarithmic } from 'd3';
import { formatPow10 } from './format.ts';
import { powersOfTen } from './logScale.ts';

/** A scale an axis can draw: linear or log, numbers to pixels. */
export type AxisScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/** Props shared by both axes. */
export interface AxisProps {
  scale: AxisScale;
  /** Tick count hint, or the exact tick values. Log scales default to powers of ten. */
  ticks?: number | readonly number[];
  /** Tick label; log scales default to "10⁻⁴", linear ones to d3's tickFormat. */
  format?: (v: number) => string;
  /** Length of grid lines drawn across the plot from each tick (0 = none). */
  grid?: number;
  /** Axis title, drawn at the far end below the tick labels (bottom) or above the axis (left). */
  label?: string;
}

function isLog(scale: AxisScale): scale is ScaleLogarithmic<number, number> {
  return typeof (scale as ScaleLogarithmic<number, number>).base === 'function';
}

/** Tick values and labels of a scale, as an axis draws them. */
export function axisTicks(scale: AxisScale, ticks: number | readonly number[] = 5, format?: (v: number) => string): { value: number; text: string }[] {
  const log = isLog(scale);
  const values = Array.isArray(ticks)
    ? (ticks as readonly number[])
    : log
      ? powersOfTen(scale.domain() as [number, number], ticks as number)
      : scale.ticks(ticks as number);
  const fmt = format ?? (log ? formatPow10 : scale.tickFormat(typeof ticks === 'number' ? ticks : 5));
  return values.map((value) => ({ value, text: fmt(value) }));
}

/** A horizontal axis with ticks below its line; place it with a transform at the bottom of the plot. */
export function AxisBottom({ scale, ticks, format, grid = 0, label }: AxisProps) {
  const [r0, r1] = scale.range();
  const ts = axisTicks(scale, ticks, format);
  return (
    <g className="charts-axis charts-axis-bottom" aria-hidden="true">
      {grid > 0 &&
        ts.map((t) => (
          <line key={`g${t.value}`} className="charts-grid" x1={scale(t.value)} x2={scale(t.value)} y1={0} y2={-grid} />
        ))}
      <line className="charts-domain" x1={r0} x2={r1} />
      {label && (
        <text className="charts-axis-label" x={Math.max(r0, r1)} y={7} dy="2.1em" textAnchor="end">
          {label}
        </text>
      )}
      {ts.map((t) => (
        <g key={t.value} className="charts-tick" transform={`translate(${scale(t.value)},0)`}>
          <line y2={5} />
          <text y={7} dy="0.9em" textAnchor="middle">
            {t.text}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A vertical axis with ticks left of its line; place it at the left edge of the plot. */
export function AxisLeft({ scale, ticks, format, grid = 0, label }: AxisProps) {
  const [r0, r1] = scale.range();
  const ts = axisTicks(scale, ticks, format);
  return (
    <g className="charts-axis charts-axis-left" aria-hidden="true">
      {grid > 0 &&
        ts.map((t) => (
          <line key={`g${t.value}`} className="charts-grid" y1={scale(t.value)} y2={scale(t.value)} x1={0} x2={grid} />
        ))}
      <line className="charts-domain" y1={r0} y2={r1} />
      {label && (
        <text className="charts-axis-label" x={0} y={Math.min(r0, r1)} dy="-0.6em" textAnchor="start">
          {label}
        </text>
      )}
      {ts.map((t) => (
        <g key={t.value} className="charts-tick" transform={`translate(0,${scale(t.value)})`}>
          <line x2={-5} />
          <text x={-7} dy="0.32em" textAnchor="end">
            {t.text}
          </text>
        </g>
      ))}
    </g>
  );
}
