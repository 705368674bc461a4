/** In-place parameter updates; each returns ‖Δp‖² of the update it made. */

/** p ← p − η·g. */
export function sgdUpdate(p: Float32Array, g: Float32Array, lr: number): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = -lr * g[i];
    p[i] += d;
    s += d * d;
  }
  return s;
}

/** v ← μ·v − η·g; p ← p + v. */
export function momentumUpdate(p: Float32Array, g: Float32Array, v: Float32Array, lr: number, mu: number): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = mu * v[i] - lr * g[i];
    v[i] = d;
    p[i] += d;
    s += d * d;
  }
  return s;
}

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPS = 1e-8;

/**
 * m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; p ← p − η·m̂/(√v̂ + ε) with
 * m̂ = m/c1, v̂ = v/c2, c1 = 1−β1ᵗ, c2 = 1−β2ᵗ.
 */
export function adamUpdate(
  p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, lr: number, c1: number, c2: number,
): number {
  let s = 0;
  const b1 = ADAM_BETA1, b2 = ADAM_BETA2;
  for (let i = 0; i < p.length; i++) {
    const gi = g[i];
    const mi = b1 * m[i] + (1 - b1) * gi;
    const vi = b2 * v[i] + (1 - b2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    const d = -lr * (mi / c1) / (Math.sqrt(vi / c2) + ADAM_EPS);
    p[i] += d;
    s += d * d;
  }
  return s;
}
