import type { RunDerived } from '../../state/series.ts';
import { formatMagnitude } from '../ui/format.ts';
import { gradRatio } from '../ui/gradRatio.ts';
import type { GradMetric } from './gradData.ts';
import type { Translate } from '../ui/runText.ts';

/** One sentence with a run's latest per-layer norms and the first/last ratio, or null before any data. */
export function gradSummary(t: Translate, label: string, latest: Pick<RunDerived, 'layers' | 'step'>, metric: GradMetric): string | null {
  const layers = latest.layers;
  if (!layers || layers.length === 0) return null;
  const n = layers.length;
  const ratio = gradRatio(layers);
  return t('charts.grad.summary', {
    run: label,
    step: latest.step,
    first: formatMagnitude(layers[0][metric], 2),
    lastN: Math.max(1, n - 1),
    last: formatMagnitude(layers[Math.max(0, n - 2)][metric], 2),
    out: formatMagnitude(layers[n - 1][metric], 2),
    ratio: formatMagnitude(typeof ratio === 'number' ? ratio : ratio === 'single' ? 1 : NaN),
  });
}
