import type { Activation, LayerStats } from './types.ts';

/** What a layer's activations are, for the saturated/dead shares: a hidden activation or the output probabilities. */
export type StatsKind = Activation | 'output';

/** A fresh LayerStats with every field 0. */
export function emptyStats(): LayerStats {
  return {
    gradNorm: 0, biasGradNorm: 0, deltaNorm: 0, weightNorm: 0, updateRatio: 0,
    actMean: 0, actStd: 0, saturated: 0, dead: 0,
  };
}

/** ‖v‖ Euclidean (Frobenius for a flat matrix). */
export function norm(v: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/**
 * Mean and std of a [n×m] over all entries; saturated = share of entries with f′ < 1 % of its
 * maximum (sigmoid and outputs: a(1−a) < 0.0025; tanh: 1−a² < 0.01); dead = share of units with
 * a ≤ 0 for the whole batch (relu, leakyRelu).
 */
export function activationStats(kind: StatsKind, a: Float32Array, n: number, m: number, out: LayerStats): void {
  const len = n * m;
  let s = 0, s2 = 0, sat = 0;
  const satSigmoid = kind === 'sigmoid' || kind === 'output';
  const satTanh = kind === 'tanh';
  for (let i = 0; i < len; i++) {
    const v = a[i];
    s += v;
    s2 += v * v;
    if (satSigmoid) { if (v * (1 - v) < 0.0025) sat++; }
    else if (satTanh && 1 - v * v < 0.01) sat++;
  }
  const mean = len > 0 ? s / len : 0;
  out.actMean = mean;
  out.actStd = len > 0 ? Math.sqrt(Math.max(0, s2 / len - mean * mean)) : 0;
  out.saturated = len > 0 ? sat / len : 0;
  let dead = 0;
  if (n > 0 && (kind === 'relu' || kind === 'leakyRelu')) {
    for (let j = 0; j < m; j++) {
      let alive = false;
      for (let r = j; r < len; r += m) if (a[r] > 0) { alive = true; break; }
      if (!alive) dead++;
    }
  }
  out.dead = m > 0 ? dead / m : 0;
}
