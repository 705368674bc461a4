import type { Translate } from './useT.ts';

/**
 * The one percent format of the page: a share 0–1 as "87 %" (Korean "87%", from the language's
 * `charts.pct`), with `digits` decimals where a view needs them (the boundary captions: "87.3 %"),
 * "—" when not finite. The numbers table alone shows accuracies as fractions (0.873), like its losses.
 */
export function formatPercent(t: Translate, share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const n = share * 100;
  return t('charts.pct', { n: digits > 0 ? n.toFixed(digits) : Math.round(n) });
}
