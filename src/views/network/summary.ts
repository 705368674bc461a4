import type { MessageKey } from '../../i18n/index.ts';
import type { RunInfo } from '../../protocol.ts';
import type { LiveRun } from '../../state/store.ts';
import { formatNumber } from '../ui/format.ts';
import { edgeMagnitude, type EdgeMode } from './edgeScale.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Layer sizes with repeats folded: [2,16,16,16,1] → "2 → 16 (×3) → 1". */
export function shapeText(sizes: readonly number[]): string {
  const parts = [String(sizes[0])];
  let i = 1;
  while (i < sizes.length - 1) {
    let j = i;
    while (j + 1 < sizes.length - 1 && sizes[j + 1] === sizes[i]) j++;
    parts.push(j > i ? `${sizes[i]} (×${j - i + 1})` : String(sizes[i]));
    i = j + 1;
  }
  if (sizes.length > 1) parts.push(String(sizes[sizes.length - 1]));
  return parts.join(' → ');
}

/** The diagram in words: shape, edge magnitudes first vs last layer, flagged layers, dropped units. */
export function networkSummary(t: T, run: RunInfo, live: LiveRun | undefined, mode: EdgeMode): string {
  const out = [t('views.network.summaryShape', { run: run.id, shape: shapeText(run.layerSizes) })];
  const stats = live?.layers ?? [];
  if (stats.length > 0) {
    const sizes = run.layerSizes;
    const m = (l: number) => formatNumber(edgeMagnitude(stats[l], mode, sizes[l], sizes[l + 1]));
    const what = t(mode === 'weight' ? 'views.network.whatWeight' : 'views.network.whatGrad');
    out.push(t('views.network.summaryEdges', { what, first: m(0), last: m(stats.length - 1) }));
    const flagged = stats
      .slice(0, -1)
      .map((s, l) => ({ l, share: Math.max(s.saturated, s.dead), dead: s.dead > s.saturated }))
      .filter((f) => f.share >= 0.5)
      .map((f) => t(f.dead ? 'views.network.dead' : 'views.network.saturated', { layer: `H${f.l + 1}`, p: Math.round(f.share * 100) }));
    if (flagged.length) out.push(flagged.join('; ') + '.');
  }
  const masks = live?.masks ?? [];
  const dropped = masks
    .map((m, l) => ({ l, off: m.reduce((a, v) => a + (v === 0 ? 1 : 0), 0), n: m.length }))
    .filter((d) => d.off > 0)
    .map((d) => t('views.network.droppedIn', { off: d.off, n: d.n, layer: d.l === 0 ? t('views.network.in') : `H${d.l}` }));
  if (dropped.length) out.push(t('views.network.dropped', { list: dropped.join(', ') }));
  return out.join(' ');
}
