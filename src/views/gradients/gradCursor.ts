import type { HistoryPoint } from '../../protocol.ts';
import { formatMagnitude } from '../ui/format.ts';
import type { GradMetric } from './gradData.ts';

/** The layer index after an ↑ (towards the output) or ↓ (towards the input) key, kept within 0…count−1. */
export function moveLayer(layer: number, key: string, count: number): number | null {
  if (key === 'ArrowUp') return Math.min(count - 1, layer + 1);
  if (key === 'ArrowDown') return Math.max(0, layer - 1);
  return null;
}

/** Texts of the readout, already translated: "{run}, {layer}, step {step}: {metric} {value}" and the layer names. */
export interface GradCursorTexts {
  readout: string;
  layerNames: readonly string[];
  metric: string;
  run: string;
}

/** "A · Sigmoid, layer 3, step 400: ‖∂L/∂W‖ 2×10⁻⁵" for one layer at one recorded step, or null when that point is missing. */
export function gradCursorText(points: readonly HistoryPoint[], step: number, layer: number, metric: GradMetric, texts: GradCursorTexts): string | null {
  const p = points.find((q) => q.step === step);
  const l = p?.layers[layer];
  if (!l) return null;
  return texts.readout
    .replace('{run}', texts.run)
    .replace('{layer}', texts.layerNames[layer] ?? String(layer + 1))
    .replace('{step}', String(step))
    .replace('{metric}', texts.metric)
    .replace('{value}', formatMagnitude(l[metric]));
}
