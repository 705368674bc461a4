import { symbol, symbolDiamond } from 'd3';
import { runColor } from '../ui/theme.ts';

/** Props of the curves' key. */
export interface CurvesLegendProps {
  runs: readonly { id: string; index: number; label: string }[];
  texts: { train: string; val: string; gap: string; best: string };
}

const DIAMOND = symbol(symbolDiamond, 60)() ?? '';

/** Run colours with their labels, then the line-style key: solid train, dashed validation, shaded gap, diamond best. */
export function CurvesLegend({ runs, texts }: CurvesLegendProps) {
  return (
    <div className="charts-legend charts-curves-legend">
      <ul>
        {runs.map((r) => (
          <li key={r.id} data-run={r.id}>
            <span className="charts-swatch" style={{ background: runColor(r.index) }} aria-hidden="true" />
            {r.label}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <svg className="charts-swatch-line" width="2em" height="0.8em" viewBox="0 0 24 10" aria-hidden="true">
            <line x1={0} x2={24} y1={5} y2={5} stroke="currentColor" strokeWidth={2.5} />
          </svg>
          {texts.train}
        </li>
        <li>
          <svg className="charts-swatch-line" width="2em" height="0.8em" viewBox="0 0 24 10" aria-hidden="true">
            <line x1={0} x2={24} y1={5} y2={5} stroke="currentColor" strokeWidth={2.5} strokeDasharray="7 4" />
          </svg>
          {texts.val}
        </li>
        <li>
          <span className="charts-swatch charts-swatch-gap" aria-hidden="true" />
          {texts.gap}
        </li>
        <li>
          <svg className="charts-swatch-line" width="1em" height="1em" viewBox="-6 -6 12 12" aria-hidden="true">
            <path d={DIAMOND} fill="currentColor" />
          </svg>
          {texts.best}
        </li>
      </ul>
    </div>
  );
}
