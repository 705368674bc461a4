import type { LossName, OutputActivation } from './types.ts';

/** a = σ(z) per element, or a = softmax(z) per row of z [n×m] (stable: z − max). */
export function outputActivate(f: OutputActivation, z: Float32Array, a: Float32Array, n: number, m: number): void {
  const len = n * m;
  if (f === 'sigmoid') {
    for (let i = 0; i < len; i++) a[i] = 1 / (1 + Math.exp(-z[i]));
    return;
  }
  for (let r = 0; r < len; r += m) {
    let mx = z[r];
    for (let j = 1; j < m; j++) if (z[r + j] > mx) mx = z[r + j];
    let s = 0;
    for (let j = 0; j < m; j++) { const e = Math.exp(z[r + j] - mx); a[r + j] = e; s += e; }
    const inv = 1 / s;
    for (let j = 0; j < m; j++) a[r + j] *= inv;
  }
}

/** log(1 + eᶻ) without overflow. */
function softplus(z: number): number {
  return (z > 0 ? z : 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * Σ over the n×m block of the per-example loss (not yet divided by n):
 * bce: softplus(z) − y·z; mse: ½(a − y)²; softmaxCe: Σ_k y_k·(logΣe^z − z_k). Targets start at y[yOff].
 */
export function lossSum(
  loss: LossName, z: Float32Array, a: Float32Array, y: Float32Array, n: number, m: number, yOff = 0,
): number {
  const len = n * m;
  let s = 0;
  switch (loss) {
    case 'bce':
      for (let i = 0; i < len; i++) s += softplus(z[i]) - y[yOff + i] * z[i];
      return s;
    case 'mse':
      for (let i = 0; i < len; i++) { const d = a[i] - y[yOff + i]; s += 0.5 * d * d; }
      return s;
    case 'softmaxCe':
      for (let r = 0; r < len; r += m) {
        let mx = z[r];
        for (let j = 1; j < m; j++) if (z[r + j] > mx) mx = z[r + j];
        let e = 0;
        for (let j = 0; j < m; j++) e += Math.exp(z[r + j] - mx);
        const lse = mx + Math.log(e);
        for (let j = 0; j < m; j++) s += y[yOff + r + j] * (lse - z[r + j]);
      }
      return s;
  }
}

/**
 * δ = ∂L/∂z of the mean loss over n examples: bce and softmaxCe (a − y)/n, mse (a − y)·σ′(z)/n
 * with σ′ = a(1 − a). Returns Σ δ².
 */
export function outputDelta(loss: LossName, a: Float32Array, y: Float32Array, delta: Float32Array, n: number, m: number): number {
  const len = n * m;
  const inv = 1 / n;
  let s = 0;
  if (loss === 'mse') {
    for (let i = 0; i < len; i++) {
      const ai = a[i];
      const g = (ai - y[i]) * ai * (1 - ai) * inv;
      delta[i] = g; s += g * g;
    }
  } else {
    for (let i = 0; i < len; i++) {
      const g = (a[i] - y[i]) * inv;
      delta[i] = g; s += g * g;
    }
  }
  return s;
}
