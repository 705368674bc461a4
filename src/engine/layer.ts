import type { Kernels } from './kernels.ts';
import type { LayerGradients, LayerParams } from './types.ts';

/** Rows per chunk in evaluation mode (predict, evaluate, boundary). */
export const EVAL_CHUNK = 256;

/** Floats handed out per allocation at most for 16-byte alignment. */
export const ALIGN_FLOATS = 4;

/** One layer's parameters, gradients, optimiser-free state and batch buffers (all allocated up front, from its network's kernels). */
export class LayerState {
  /** Fan-in k and fan-out m: W is [m×k]. */
  readonly k: number;
  readonly m: number;
  /** Batch norm before the activation (hidden layers only); the bias b is then unused and stays 0. */
  readonly bn: boolean;
  readonly params: LayerParams;
  readonly grads: LayerGradients;
  /** Running mean and variance of z per unit (batch norm). */
  readonly runMean: Float32Array;
  readonly runVar: Float32Array;
  /** 1/√(σ²_B + ε) of the last training batch. */
  readonly invStd: Float32Array;
  /** Training buffers [cap×m]: z = in·Wᵀ + b, ẑ, a = f(·), dropout multiplier (0 or 1/(1−p)), a·mult, δ = ∂L/∂z, ∂L/∂a. */
  z = new Float32Array(0);
  zhat = new Float32Array(0);
  a = new Float32Array(0);
  mult = new Float32Array(0);
  aDrop = new Float32Array(0);
  delta = new Float32Array(0);
  dA = new Float32Array(0);
  /** The matrix this layer read in the last training forward pass (x, x·mult or the previous a / a·mult). */
  input: Float32Array = this.z;
  /** Whether dropout was applied to this layer's output in the last training pass. */
  dropped = false;
  /** Evaluation buffers [EVAL_CHUNK×m]: z, then a. */
  readonly zE: Float32Array;
  readonly aE: Float32Array;

  private readonly K: Kernels;

  constructor(k: number, m: number, bn: boolean, K: Kernels) {
    this.k = k;
    this.m = m;
    this.bn = bn;
    this.K = K;
    this.params = { inputs: k, outputs: m, W: K.alloc(m * k), b: K.alloc(m) };
    this.grads = { dW: K.alloc(m * k), db: K.alloc(m), gradNorm: 0, deltaNorm: 0 };
    if (bn) {
      this.params.gamma = K.alloc(m).fill(1);
      this.params.beta = K.alloc(m);
      this.grads.dGamma = K.alloc(m);
      this.grads.dBeta = K.alloc(m);
    }
    this.runMean = K.alloc(bn ? m : 0);
    this.runVar = K.alloc(bn ? m : 0).fill(1);
    this.invStd = K.alloc(bn ? m : 0);
    this.zE = K.alloc(EVAL_CHUNK * m);
    this.aE = K.alloc(EVAL_CHUNK * m);
  }

  /** Floats the constructor allocates for a [m×k] layer (alignment included). */
  static fixedFloats(k: number, m: number, bn: boolean): number {
    return 2 * m * k + 2 * m + (bn ? 7 * m : 0) + 2 * EVAL_CHUNK * m + 11 * ALIGN_FLOATS;
  }

  /** Floats allocate(cap) takes (alignment included). */
  static batchFloats(m: number, bn: boolean, cap: number): number {
    return (bn ? 7 : 6) * cap * m + 7 * ALIGN_FLOATS;
  }

  /** (Re)allocates the training buffers for batches of up to cap rows. */
  allocate(cap: number): void {
    const len = cap * this.m;
    const K = this.K;
    this.z = K.alloc(len);
    this.zhat = K.alloc(this.bn ? len : 0);
    this.a = K.alloc(len);
    this.mult = K.alloc(len);
    this.aDrop = K.alloc(len);
    this.delta = K.alloc(len);
    this.dA = K.alloc(len);
  }
}
