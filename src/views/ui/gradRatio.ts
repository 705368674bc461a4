import type { LayerStats } from '../../protocol.ts';

/** The first / last hidden layer ratio of ‖∂L/∂W‖: a number, 'single' with one hidden layer, or null when unknown. */
export type GradRatio = number | 'single' | null;

/** ‖∂L/∂W‖ of the first hidden layer over that of the last hidden layer (the one before the output). */
export function gradRatio(layers: readonly LayerStats[] | undefined): GradRatio {
  if (!layers || layers.length < 2) return null;
  if (layers.length === 2) return 'single';
  const first = layers[0].gradNorm;
  const last = layers[layers.length - 2].gradNorm;
  if (!Number.isFinite(first) || !Number.isFinite(last) || last <= 0) return null;
  return first / last;
}
