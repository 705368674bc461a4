import { scaleLinear } from 'd3';
import type { LayerStats } from '../../protocol.ts';
import { runColor } from '../ui/theme.ts';
import { healthShare, type HealthKind } from '../ui/layerHealth.ts';

/** Props of one run's layer-health bars. */
export interface HealthChartProps {
  /** Hidden layers, first → last. */
  layers: readonly LayerStats[];
  kind: HealthKind;
  /** Shared top of the spread axis. */
  spreadMax: number;
  runIndex: number;
  width: number;
  fontPx: number;
  texts: { share: string; spread: string; label: string };
  formatPct: (v: number) => string;
  /** Row height in lines of the chart's text (1.45 by default; presenter mode packs rows tighter). */
  rowLines?: number;
}

/** Two bar columns per hidden layer: the saturated or dead share (0–100 %) and the activation spread (std). */
export function HealthChart({ layers, kind, spreadMax, runIndex, width, fontPx, texts, formatPct, rowLines = 1.45 }: HealthChartProps) {
  const f = fontPx * 0.8;
  const labelW = Math.round(f * 2.2);
  const gap = Math.round(f * 1.2);
  const valueW = Math.round(f * 3.4);
  const colW = Math.max(40, Math.floor((width - labelW - gap) / 2));
  const barW = Math.max(20, colW - valueW);
  const rowH = Math.round(f * rowLines);
  const headH = Math.round(f * 1.6);
  const height = headH + rowH * layers.length + 2;
  const share = scaleLinear().domain([0, 1]).range([0, barW]).clamp(true);
  const spread = scaleLinear().domain([0, spreadMax]).range([0, barW]).clamp(true);
  const x1 = labelW;
  const x2 = labelW + colW + gap;
  const barH = Math.round(rowH * 0.62);
  // Rows thinner than a line of text (deep nets in presenter mode) label every k-th layer only.
  const every = rowH >= f * 0.9 ? 1 : Math.ceil((f * 0.9) / rowH);
  return (
    <svg className="charts-svg charts-health-svg" width={width} height={height} role="img" aria-label={texts.label}>
      <text className="charts-col-head" x={x1} y={headH - f * 0.5}>
        {texts.share}
      </text>
      <text className="charts-col-head" x={x2} y={headH - f * 0.5}>
        {texts.spread}
      </text>
      {layers.map((l, j) => {
        const y = headH + j * rowH;
        const sh = healthShare(l, kind);
        const sd = Number.isFinite(l.actStd) ? l.actStd : null;
        const labelled = j % every === 0;
        return (
          <g key={j} className="charts-health-row" data-layer={j} transform={`translate(0,${y})`}>
            {labelled && (
              <text x={labelW - f * 0.6} y={rowH / 2} dy="0.32em" textAnchor="end">
                {j + 1}
              </text>
            )}
            <rect className="charts-track" x={x1} y={(rowH - barH) / 2} width={barW} height={barH} />
            {sh !== null && (
              <rect className="charts-bar-share" x={x1} y={(rowH - barH) / 2} width={share(sh)} height={barH} fill={runColor(runIndex)} />
            )}
            {labelled && (
              <text className="charts-bar-value" x={x1 + barW + f * 0.4} y={rowH / 2} dy="0.32em">
                {sh === null ? '—' : formatPct(sh)}
              </text>
            )}
            <rect className="charts-track" x={x2} y={(rowH - barH) / 2} width={barW} height={barH} />
            {sd !== null && <rect className="charts-bar-spread" x={x2} y={(rowH - barH) / 2} width={spread(sd)} height={barH} />}
            {labelled && (
              <text className="charts-bar-value" x={x2 + barW + f * 0.4} y={rowH / 2} dy="0.32em">
                {sd === null ? '—' : sd.toFixed(2)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
