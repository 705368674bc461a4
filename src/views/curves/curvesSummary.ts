import type { HistoryPoint } from '../../protocol.ts';
import { bestValIndex } from './curvesData.ts';
import { formatLoss } from '../ui/format.ts';
import type { Translate } from '../ui/runText.ts';

/** One sentence with a run's latest losses, accuracy and best validation step, or null before any data. */
export function curvesSummary(t: Translate, label: string, points: readonly HistoryPoint[], pct: (v: number) => string): string | null {
  const last = points[points.length - 1];
  if (!last) return null;
  const bi = bestValIndex(points);
  return t('charts.curves.summary', {
    run: label,
    trainLoss: formatLoss(last.trainLoss),
    valLoss: formatLoss(last.valLoss),
    valAcc: Number.isFinite(last.valAcc) ? pct(last.valAcc) : '—',
    best: bi >= 0 ? formatLoss(points[bi].valLoss) : '—',
    bestStep: bi >= 0 ? points[bi].step : '—',
  });
}
