import { useT } from '../ui/useT.ts';
import { formatNumber } from '../ui/format.ts';
import type { EdgeMode, EdgeStyle } from './edgeScale.ts';

const STEPS = 12;

/** Key to the diagram: the edge shade scale (log, its two ends), greyed = dropped, ⚠ = mostly saturated or dead. */
export function EdgeLegend({ style, mode }: { style: EdgeStyle; mode: EdgeMode }) {
  const t = useT();
  const [lo, hi] = style.domain;
  const stops = Array.from({ length: STEPS }, (_, i) => lo * (hi / lo) ** (i / (STEPS - 1)));
  return (
    <ul className="legend edge-legend">
      <li>
        <span>{t(mode === 'weight' ? 'views.network.whatWeight' : 'views.network.whatGrad')}</span>
        <span className="scale-end">{formatNumber(lo)}</span>
        <svg width={STEPS * 8} height="10" aria-hidden="true">
          {stops.map((v, i) => (
            <rect key={i} x={i * 8} y={0} width={8} height={10} fill={style.color(v)} />
          ))}
        </svg>
        <span className="scale-end">{formatNumber(hi)}</span>
      </li>
      <li>
        <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
          <circle r="5" className="unit dropped" />
        </svg>
        <span>{t('views.network.droppedKey')}</span>
      </li>
      <li>
        <span aria-hidden="true">⚠</span> <span>{t('views.network.flagKey')}</span>
      </li>
    </ul>
  );
}
