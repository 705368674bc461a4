import type { KernelKind, Network, NetworkSpec, TrainerSpec } from '../../src/engine/index.ts';

/** A network spec with plain defaults, overridden by `over`. */
export function netSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return {
    inputs: 2,
    hidden: [8, 8],
    outputs: 1,
    activation: 'tanh',
    loss: 'bce',
    init: 'xavier',
    batchNorm: false,
    dropout: { input: 0, hidden: 0 },
    l2: 0,
    seed: 1,
    ...over,
  };
}

/** A trainer spec (SGD 0.1, batch 32) around netSpec(over). */
export function trainerSpec(over: Partial<NetworkSpec> = {}, t: Partial<TrainerSpec> = {}): TrainerSpec {
  return { network: netSpec(over), optimizer: 'sgd', learningRate: 0.1, batchSize: 32, ...t };
}

/** n×k values uniform in [−1, 1) from a tiny LCG (tests only need something fixed and varied). */
export function fixedMatrix(n: number, k: number, seed = 7): Float32Array {
  const out = new Float32Array(n * k);
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2147483648 - 1;
  }
  return out;
}

/** ‖a − b‖ / max(‖a‖, ‖b‖, floor): relative error, absolute below floor (for gradients that are truly 0). */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-12): number {
  let d = 0, na = 0, nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    na += a[i] ** 2;
    nb += b[i] ** 2;
  }
  return Math.sqrt(d) / Math.max(Math.sqrt(na), Math.sqrt(nb), floor);
}

/** Both kernel kinds: engine tests run once per kind (describe.each(KINDS)). */
export const KINDS: readonly KernelKind[] = ['js', 'simd'];

/** Central differences of the reported loss on n examples for every element of p (perturbations as actually stored in float32). */
export function numericGrad(net: Network, p: Float32Array, x: Float32Array, y: Float32Array, n: number, eps: number): Float64Array {
  const g = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    p[i] = v + eps; const hi = p[i]; const lp = net.computeGradients(x, y, n).loss;
    p[i] = v - eps; const lo = p[i]; const lm = net.computeGradients(x, y, n).loss;
    p[i] = v;
    g[i] = (lp - lm) / (hi - lo);
  }
  return g;
}
