import type { Activation } from './types.ts';

/** Leaky ReLU slope for z < 0. */
export const LEAKY_SLOPE = 0.01;

/** dst[i] = f(src[i]) for i < len (src may be dst); one loop per activation, no call per element. */
export function activate(f: Activation, src: Float32Array, dst: Float32Array, len: number): void {
  switch (f) {
    case 'sigmoid':
      for (let i = 0; i < len; i++) dst[i] = 1 / (1 + Math.exp(-src[i]));
      return;
    case 'tanh':
      for (let i = 0; i < len; i++) dst[i] = Math.tanh(src[i]);
      return;
    case 'relu':
      for (let i = 0; i < len; i++) { const z = src[i]; dst[i] = z > 0 ? z : 0; }
      return;
    case 'leakyRelu':
      for (let i = 0; i < len; i++) { const z = src[i]; dst[i] = z > 0 ? z : LEAKY_SLOPE * z; }
      return;
    case 'linear':
      if (src !== dst) dst.set(src.subarray(0, len));
      return;
  }
}

/**
 * out[i] = dA[i]·mult[i]·f′ expressed through a = f(z): σ′ = a(1−a), tanh′ = 1−a²,
 * ReLU′ = [a>0], leaky′ = a>0 ? 1 : slope, linear′ = 1. mult is the dropout
 * multiplier (null: none). Returns Σ out² (for ‖∂L/∂z‖).
 */
export function activationBackward(
  f: Activation, dA: Float32Array, a: Float32Array, mult: Float32Array | null,
  out: Float32Array, len: number,
): number {
  let s = 0;
  switch (f) {
    case 'sigmoid':
      for (let i = 0; i < len; i++) {
        const ai = a[i];
        const g = (mult === null ? dA[i] : dA[i] * mult[i]) * ai * (1 - ai);
        out[i] = g; s += g * g;
      }
      return s;
    case 'tanh':
      for (let i = 0; i < len; i++) {
        const ai = a[i];
        const g = (mult === null ? dA[i] : dA[i] * mult[i]) * (1 - ai * ai);
        out[i] = g; s += g * g;
      }
      return s;
    case 'relu':
      for (let i = 0; i < len; i++) {
        const g = a[i] > 0 ? (mult === null ? dA[i] : dA[i] * mult[i]) : 0;
        out[i] = g; s += g * g;
      }
      return s;
    case 'leakyRelu':
      for (let i = 0; i < len; i++) {
        const d = mult === null ? dA[i] : dA[i] * mult[i];
        const g = a[i] > 0 ? d : LEAKY_SLOPE * d;
        out[i] = g; s += g * g;
      }
      return s;
    case 'linear':
      for (let i = 0; i < len; i++) {
        const g = mult === null ? dA[i] : dA[i] * mult[i];
        out[i] = g; s += g * g;
      }
      return s;
  }
}
