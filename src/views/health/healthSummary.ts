import type { LayerStats } from '../../protocol.ts';
import { healthShare, worstLayer, type HealthKind } from '../ui/layerHealth.ts';
import type { Translate } from '../ui/runText.ts';

/** "Layer 1: 87 % saturated, spread 0.02" for every hidden layer. */
export function healthLayerLines(t: Translate, layers: readonly LayerStats[], kind: HealthKind, pct: (v: number) => string): string[] {
  return layers.map((l, j) => {
    const share = healthShare(l, kind);
    const std = Number.isFinite(l.actStd) ? l.actStd.toFixed(2) : '—';
    if (share === null) return t('charts.health.layerPlain', { n: j + 1, std });
    return t(kind === 'dead' ? 'charts.health.layerDead' : 'charts.health.layerSat', { n: j + 1, pct: pct(share), std });
  });
}

/** The one sentence under a run's bars: its worst layer, or that no layer is affected. */
export function healthWorstLine(t: Translate, layers: readonly LayerStats[], kind: HealthKind, pct: (v: number) => string): string {
  if (kind === null) return t('charts.health.notApplicable');
  const worst = worstLayer(layers, kind);
  if (!worst) return t(kind === 'dead' ? 'charts.health.noneDead' : 'charts.health.noneSat');
  return t(kind === 'dead' ? 'charts.health.worstDead' : 'charts.health.worstSat', { n: worst.index + 1, pct: pct(worst.share) });
}
