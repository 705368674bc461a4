import { symbol } from 'd3';
import { useT } from '../ui/useT.ts';
import { CLASS_COLORS } from '../ui/theme.ts';
import { classSymbol } from './points.ts';

function Mark({ cls, filled }: { cls: number; filled: boolean }) {
  const d = symbol(classSymbol(cls), filled ? 60 : 75)() ?? '';
  const colour = CLASS_COLORS[cls % CLASS_COLORS.length];
  return (
    <svg width="1em" height="1em" viewBox="-8 -8 16 16" aria-hidden="true">
      <path d={d} fill={filled ? colour : '#ffffff'} stroke={filled ? '#ffffff' : colour} strokeWidth={filled ? 1 : 1.6} />
    </svg>
  );
}

/** Key to the boundary: one shape per class, filled training points, outlined validation points, shade = confidence. */
export function BoundaryLegend({ classes }: { classes: number }) {
  const t = useT();
  const ids = Array.from({ length: Math.max(2, classes) }, (_, i) => i);
  return (
    <ul className="legend boundary-legend">
      {ids.map((c) => (
        <li key={c}>
          <Mark cls={c} filled />
          <Mark cls={c} filled={false} />
          <span>{t('views.boundary.class', { n: c })}</span>
        </li>
      ))}
      <li>
        <span>{t('views.boundary.key')}</span>
      </li>
    </ul>
  );
}
