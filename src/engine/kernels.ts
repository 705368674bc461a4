import { matmulAB, matmulABt, matmulAtB } from './matmul.ts';

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
}

/** The plain-JS kernels: ordinary Float32Arrays, 4×4 register-blocked matmuls (src/engine/matmul.ts). */
export function jsKernels(): Kernels {
  return {
    kind: 'js',
    alloc: (len) => new Float32Array(len),
    owns: () => true,
    grow: () => {},
    matmulABt,
    matmulAB,
    matmulAtB,
  };
}
