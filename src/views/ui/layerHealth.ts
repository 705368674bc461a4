import type { Activation, LayerStats } from '../../protocol.ts';

/** Which share tells a layer is unhealthy for an activation: saturated (sigmoid, tanh), dead (ReLU kinds) or none. */
export type HealthKind = 'saturated' | 'dead' | null;

/** The share that matters for an activation. */
export function healthKind(activation: Activation | undefined): HealthKind {
  if (activation === 'sigmoid' || activation === 'tanh') return 'saturated';
  if (activation === 'relu' || activation === 'leakyRelu') return 'dead';
  return null;
}

/** A layer's share for a kind (0–1), or null when the kind does not apply. */
export function healthShare(l: LayerStats, kind: HealthKind): number | null {
  if (kind === null) return null;
  const v = kind === 'saturated' ? l.saturated : l.dead;
  return Number.isFinite(v) ? v : null;
}

/** Hidden layers only (the output layer's "saturation" is just a confident prediction). */
export function hiddenLayers(layers: readonly LayerStats[] | undefined): readonly LayerStats[] {
  return layers && layers.length > 1 ? layers.slice(0, -1) : [];
}

/** The hidden layer with the largest share: its index and share, or null when none is above 0.5 %. */
export function worstLayer(layers: readonly LayerStats[], kind: HealthKind): { index: number; share: number } | null {
  let index = -1;
  let top = 0.005;
  for (let j = 0; j < layers.length; j++) {
    const share = healthShare(layers[j], kind);
    if (share !== null && share >= top && (index < 0 || share > top)) {
      index = j;
      top = share;
    }
  }
  return index < 0 ? null : { index, share: top };
}

/** Upper end of the shared spread (std) axis: the largest finite std, or 1 when there is none. */
export function spreadMax(all: readonly (readonly LayerStats[])[]): number {
  let max = 0;
  for (const layers of all) for (const l of layers) if (Number.isFinite(l.actStd) && l.actStd > max) max = l.actStd;
  return max > 0 ? max : 1;
}
