import { line, scaleLinear, scalePoint } from 'd3';
import type { OutcomeRow } from '../../state/outcome.ts';
import { AxisBottom, AxisLeft } from '../ui/Axis.tsx';
import { plotMargins, tickCount } from '../ui/chartLayout.ts';
import { runColor } from '../ui/theme.ts';

/** Props of the outcome-by-knob chart: rows in knob order, the chart's size, labels and the value the keyboard is on. */
export interface OutcomeChartProps {
  rows: readonly OutcomeRow[];
  width: number;
  height: number;
  fontPx: number;
  /** y domain [lo, hi]. */
  yDomain: readonly [number, number];
  valueText: (row: OutcomeRow) => string;
  formatY: (v: number) => string;
  xTitle: string;
  yTitle: string;
  /** Index of the row the keyboard cursor is on (null: none). */
  selected: number | null;
}

/** Half the spread of a value's seed dots across x, as a share of the distance between two values. */
const SPREAD = 0.28;

/**
 * The outcome against the knob's values: one dot per seed in its run's colour (spread a little across x, seed by
 * seed, so equal outcomes stay visible), the medians joined by one line. Values are spaced evenly in their order.
 */
export function OutcomeChart({ rows, width, height, fontPx, yDomain, valueText, formatY, xTitle, yTitle, selected }: OutcomeChartProps) {
  const base = plotMargins(fontPx, 5, 1.2, true);
  // Room above the plot for the y-axis title.
  const m = { ...base, top: base.top + Math.round(fontPx * 1.3) };
  const w = Math.max(10, width - m.left - m.right);
  const h = Math.max(10, height - m.top - m.bottom);
  const keys = rows.map((_, i) => String(i));
  const x = scalePoint<string>().domain(keys).range([0, w]).padding(0.5);
  const y = scaleLinear().domain(yDomain as [number, number]).range([h, 0]).nice(tickCount(h, fontPx, 2.5));
  const step = rows.length > 1 ? x.step() : w / 2;
  const r = Math.max(2.5, fontPx * 0.22);
  const medianPath = line<OutcomeRow>()
    .defined((d) => Number.isFinite(d.median))
    .x((_, i) => x(String(i))!)
    .y((d) => y(d.median))(rows as OutcomeRow[]);
  return (
    <svg width={width} height={height} className="outcome-chart" aria-hidden="true" data-testid="outcome-chart">
      <g transform={`translate(${m.left},${m.top})`}>
        <AxisLeft scale={y} ticks={tickCount(h, fontPx, 2.5)} format={formatY} grid={w} label={yTitle} />
        <g transform={`translate(0,${h})`}>
          <AxisBottom scale={scaleLinear().domain([0, 1]).range([0, w])} ticks={[]} label={xTitle} />
          {rows.map((row, i) => (
            <text key={row.runId} className="outcome-xlabel" x={x(String(i))} y={7} dy="0.9em" textAnchor="middle">
              {valueText(row)}
            </text>
          ))}
        </g>
        {selected !== null && rows[selected] && (
          <rect className="outcome-cursor" x={x(String(selected))! - step / 2} width={step} y={0} height={h} />
        )}
        {rows.map((row, i) => {
          const cx = x(String(i))!;
          const n = row.seeds.length;
          return (
            <g key={row.runId} fill={runColor(row.runIndex)} data-run={row.runId}>
              {row.seeds.map((v, s) =>
                v === null || !Number.isFinite(v) ? null : (
                  <circle key={s} cx={cx + (n > 1 ? (s / (n - 1) - 0.5) * 2 * SPREAD * step * 0.5 : 0)} cy={y(v)} r={r} fillOpacity={0.75} />
                ),
              )}
            </g>
          );
        })}
        {medianPath && <path className="outcome-median" d={medianPath} fill="none" />}
        {rows.map((row, i) =>
          Number.isFinite(row.median) ? (
            <rect key={row.runId} className="outcome-median-mark" x={x(String(i))! - r * 2.2} y={y(row.median) - 1.5} width={r * 4.4} height={3} />
          ) : null,
        )}
      </g>
    </svg>
  );
}
