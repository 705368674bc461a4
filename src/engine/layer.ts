import type { LayerGradients, LayerParams } from './types.ts';

/** Rows per chunk in evaluation mode (predict, evaluate, boundary). */
export const EVAL_CHUNK = 256;

/** One layer's parameters, gradients, optimiser-free state and batch buffers (all allocated up front). */
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

  constructor(k: number, m: number, bn: boolean) {
    this.k = k;
    this.m = m;
    this.bn = bn;
    this.params = { inputs: k, outputs: m, W: new Float32Array(m * k), b: new Float32Array(m) };
    this.grads = { dW: new Float32Array(m * k), db: new Float32Array(m), gradNorm: 0, deltaNorm: 0 };
    if (bn) {
      this.params.gamma = new Float32Array(m).fill(1);
      this.params.beta = new Float32Array(m);
      this.grads.dGamma = new Float32Array(m);
      this.grads.dBeta = new Float32Array(m);
    }
    this.runMean = new Float32Array(bn ? m : 0);
    this.runVar = new Float32Array(bn ? m : 0).fill(1);
    this.invStd = new Float32Array(bn ? m : 0);
    this.zE = new Float32Array(EVAL_CHUNK * m);
    this.aE = new Float32Array(EVAL_CHUNK * m);
  }

  /** (Re)allocates the training buffers for batches of up to cap rows. */
  allocate(cap: number): void {
    const len = cap * this.m;
    this.z = new Float32Array(len);
    this.zhat = new Float32Array(this.bn ? len : 0);
    this.a = new Float32Array(len);
    this.mult = new Float32Array(len);
    this.aDrop = new Float32Array(len);
    this.delta = new Float32Array(len);
    this.dA = new Float32Array(len);
  }
}
