import { activate, activationBackward } from './activations.ts';
import { batchNormBackward, batchNormForwardEval, batchNormForwardTrain } from './batchnorm.ts';
import { matmulAB, matmulABt, matmulAtB } from './matmul.ts';
import { adamUpdate, momentumUpdate, sgdUpdate } from './optimizer.ts';
import type { Activation } from './types.ts';

/** Which kernels a network computes with: plain JS (Float32Array loops) or WebAssembly SIMD (f32x4). */
export type KernelKind = 'simd' | 'js';

/**
 * The compute kernels of one network, and the memory its buffers live in. Every array passed to a
 * kernel must come from alloc() of the same Kernels (for SIMD: a view into that network's wasm memory).
 */
export interface Kernels {
  readonly kind: KernelKind;
  /** A zeroed Float32Array of len floats in this network's memory. */
  alloc(len: number): Float32Array<ArrayBuffer>;
  /** True when a kernel can read arr where it is (SIMD: arr is a view into this memory). */
  owns(arr: Float32Array): boolean;
  /**
   * Makes room for at least floats more floats, re-pointing every Float32Array field of holders that
   * was a view into this memory (SIMD memory growth detaches the old views). JS: nothing to do.
   */
  grow(floats: number, holders: readonly object[]): void;
  /** Z[n×m] = A[n×k]·Wᵀ + b, W [m×k], b [m] or null. */
  matmulABt(A: Float32Array, W: Float32Array, b: Float32Array | null, Z: Float32Array, n: number, k: number, m: number): void;
  /** C[n×k] = D[n×m]·W, W [m×k]. */
  matmulAB(D: Float32Array, W: Float32Array, C: Float32Array, n: number, m: number, k: number): void;
  /** C[m×k] = D[n×m]ᵀ·A[n×k]. */
  matmulAtB(D: Float32Array, A: Float32Array, C: Float32Array, n: number, m: number, k: number): void;
  /** dst = f(src) elementwise over len floats (src may be dst). */
  activate(f: Activation, src: Float32Array, dst: Float32Array, len: number): void;
  /** out = dA·mult·f′ (through a = f(z); mult null: none) over len floats; returns Σ out². */
  activationBackward(f: Activation, dA: Float32Array, a: Float32Array, mult: Float32Array | null, out: Float32Array, len: number): number;
  /** dW += λ·W over len floats; returns [‖dW‖², ΣW²] in sums (reused). */
  weightGrad(dW: Float32Array, W: Float32Array, l2: number, len: number, sums: Float64Array): void;
  /** db[j] = Σ_i D[i, j] over D [n×m]. */
  columnSums(D: Float32Array, db: Float32Array, n: number, m: number): void;
  /** p ← p − η·g; returns ‖Δp‖². */
  sgd(p: Float32Array, g: Float32Array, lr: number): number;
  /** v ← μ·v − η·g; p ← p + v; returns ‖Δp‖². */
  momentum(p: Float32Array, g: Float32Array, v: Float32Array, lr: number, mu: number): number;
  /** Adam with bias corrections c1 = 1−β1ᵗ, c2 = 1−β2ᵗ; returns ‖Δp‖². */
  adam(p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, lr: number, c1: number, c2: number): number;
  /** Batch norm in training mode over z [n×m] (src/engine/batchnorm.ts has the maths). */
  bnForwardTrain(z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array, zhat: Float32Array,
    out: Float32Array, invStd: Float32Array, runMean: Float32Array, runVar: Float32Array, updateRunning: boolean): void;
  /** Batch norm in evaluation mode (running statistics); z and out may alias. */
  bnForwardEval(z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array,
    runMean: Float32Array, runVar: Float32Array, out: Float32Array): void;
  /** Backward through batch norm: dγ, dβ and dz; returns Σ dz². */
  bnBackward(dy: Float32Array, zhat: Float32Array, n: number, m: number, gamma: Float32Array, invStd: Float32Array,
    dGamma: Float32Array, dBeta: Float32Array, dz: Float32Array): number;
}

function weightGrad(dW: Float32Array, W: Float32Array, l2: number, len: number, sums: Float64Array): void {
  let g2 = 0, w2 = 0;
  for (let i = 0; i < len; i++) {
    const w = W[i];
    const d = dW[i] + l2 * w;
    dW[i] = d;
    g2 += d * d;
    w2 += w * w;
  }
  sums[0] = g2;
  sums[1] = w2;
}

/** Column sums in a Float64 scratch (one per kernels object), like the JS engine always did. */
function columnSums(stat: Float64Array): Kernels['columnSums'] {
  return (D, db, n, m) => {
    const s = stat.length >= m ? stat : (stat = new Float64Array(m));
    s.fill(0, 0, m);
    for (let r = 0; r < n * m; r += m) for (let j = 0; j < m; j++) s[j] += D[r + j];
    for (let j = 0; j < m; j++) db[j] = s[j];
  };
}

/** The plain-JS kernels: ordinary Float32Arrays, 4×4 register-blocked matmuls (src/engine/matmul.ts). */
export function jsKernels(): Kernels {
  let stat = new Float64Array(512);
  /** A Float64 scratch of ≥ 2m (batch-norm sums). */
  const scratch = (m: number) => (stat.length >= 2 * m ? stat : (stat = new Float64Array(2 * m)));
  return {
    kind: 'js',
    alloc: (len) => new Float32Array(len),
    owns: () => true,
    grow: () => {},
    matmulABt,
    matmulAB,
    matmulAtB,
    activate,
    activationBackward,
    weightGrad,
    columnSums: columnSums(new Float64Array(256)),
    sgd: sgdUpdate,
    momentum: momentumUpdate,
    adam: adamUpdate,
    bnForwardTrain: (z, n, m, gamma, beta, zhat, out, invStd, runMean, runVar, update) =>
      batchNormForwardTrain(z, n, m, gamma, beta, zhat, out, invStd, scratch(m), runMean, runVar, update),
    bnForwardEval: batchNormForwardEval,
    bnBackward: (dy, zhat, n, m, gamma, invStd, dGamma, dBeta, dz) =>
      batchNormBackward(dy, zhat, n, m, gamma, invStd, dGamma, dBeta, dz, scratch(m)),
  };
}
