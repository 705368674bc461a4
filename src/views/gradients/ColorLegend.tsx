import { scaleLog } from 'd3';
import { useId } from 'react';
import { AxisBottom } from '../ui/Axis.tsx';
import { magnitudeInterpolator } from './layerColors.ts';
import { tickCount } from '../ui/chartLayout.ts';

/** Props of the heatmap's colour key. */
export interface ColorLegendProps {
  /** Shared log domain of the heatmaps. */
  domain: readonly [number, number];
  width: number;
  fontPx: number;
  label: string;
}

const STOPS = 16;

/** A horizontal colour bar of the log magnitude scale with power-of-ten ticks. */
export function ColorLegend({ domain, width, fontPx, label }: ColorLegendProps) {
  const id = `charts-cl-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const pad = Math.round(fontPx * 1.2);
  const barW = Math.max(60, Math.min(width, fontPx * 22) - 2 * pad);
  const barH = Math.round(fontPx * 0.8);
  const x = scaleLog().domain(domain).range([0, barW]);
  const height = barH + fontPx * 2;
  return (
    <div className="charts-color-legend">
      <span className="charts-legend-title">{label}</span>
      <svg className="charts-svg" width={barW + 2 * pad} height={height} aria-hidden="true">
        <defs>
          <linearGradient id={id}>
            {Array.from({ length: STOPS + 1 }, (_, i) => (
              <stop key={i} offset={`${(100 * i) / STOPS}%`} stopColor={magnitudeInterpolator(i / STOPS)} />
            ))}
          </linearGradient>
        </defs>
        <g transform={`translate(${pad},1)`}>
          <rect width={barW} height={barH} fill={`url(#${id})`} />
          <g transform={`translate(0,${barH})`}>
            <AxisBottom scale={x} ticks={tickCount(barW, fontPx, 2.8)} />
          </g>
        </g>
      </svg>
    </div>
  );
}
