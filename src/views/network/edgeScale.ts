import { scaleLog } from 'd3';
import { cividis } from '../ui/colorMaps.ts';
import type { LayerStats } from '../../protocol.ts';

/** What the edges encode: the layer's weight size or its gradient size. */
export type EdgeMode = 'weight' | 'gradient';

/** Per-edge (RMS) magnitude of a layer's weights or gradients: ‖W‖ / √(n_in·n_out) or ‖∂L/∂W‖ / √(n_in·n_out). */
export function edgeMagnitude(stats: LayerStats, mode: EdgeMode, nIn: number, nOut: number): number {
  const norm = mode === 'weight' ? stats.weightNorm : stats.gradNorm;
  return norm / Math.sqrt(Math.max(1, nIn * nOut));
}

/** How a magnitude is drawn: a colour from light (tiny) to dark (large) and a stroke width. */
export interface EdgeStyle {
  color(v: number): string;
  width(v: number): number;
  /** Smallest and largest magnitude on the scale. */
  domain: [number, number];
}

/** A log scale over six decades below the largest magnitude shown (shared by every run so A and B compare). */
export function edgeStyle(values: readonly number[]): EdgeStyle {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const hi = finite.length ? Math.max(...finite) : 1;
  const lo = hi * 1e-6;
  const t = scaleLog().domain([lo, hi]).range([0, 1]).clamp(true);
  return {
    color: (v) => cividis(1 - 0.9 * t(v > 0 ? v : lo)),
    width: (v) => 0.4 + 3.2 * t(v > 0 ? v : lo),
    domain: [lo, hi],
  };
}
