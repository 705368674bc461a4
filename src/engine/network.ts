import type {
  Activation, EvalResult, GradientResult, LayerParams, LossName, Network, NetworkSpec, OutputActivation,
} from './types.ts';
import { initWeights } from './init.ts';
import type { KernelKind, Kernels } from './kernels.ts';
import { ALIGN_FLOATS, EVAL_CHUNK, LayerState } from './layer.ts';
import { createKernels, defaultKernelKind } from './load.ts';
import { lossSum, outputActivate, outputDelta } from './loss.ts';
import { createRng, type Rng } from './rng.ts';
import { validateNetworkSpec } from './validate.ts';

/** How a network computes: its kernel kind, and the memory it reserves at creation. */
export interface NetworkOptions {
  /** Default: what loadKernels() resolved to, or 'js' before it did. */
  kernels?: KernelKind;
  /** Rows of a training batch the buffers hold at creation (default 64); a larger batch grows them once. */
  batch?: number;
  /** Extra floats reserved for alloc() by the owner (a trainer's batch copies and optimiser state). */
  extraFloats?: number;
}

/** Default rows of the training buffers. */
const DEFAULT_CAPACITY = 64;

/** The output nonlinearity a spec implies: softmax for softmaxCe unless given. */
export function outputActivationOf(spec: NetworkSpec): OutputActivation {
  return spec.outputActivation ?? (spec.loss === 'softmaxCe' ? 'softmax' : 'sigmoid');
}

/** A fully connected net on flat Float32Arrays; the batch is a row-major matrix. Its spec is checked by the caller (validate.ts). */
export class Mlp implements Network {
  readonly spec: NetworkSpec;
  readonly layers: LayerParams[];
  /** Per-layer buffers, first hidden → output. */
  readonly state: LayerState[];
  readonly activation: Activation;
  readonly outputActivation: OutputActivation;
  readonly loss: LossName;
  /** The kernels (and, for SIMD, the one linear memory) every buffer of this network lives in. */
  readonly K: Kernels;
  /** Rows the training buffers hold; grows on demand (SIMD: the memory grows and views are re-pointed). */
  private cap = 0;
  /** Examples in the last training pass, and its loss (with L2). */
  private lastN_ = 0;
  private lastLoss_ = 0;
  /** Input dropout buffers [cap×inputs]: multiplier and x·mult; inDropped: applied last pass. */
  private inMult = new Float32Array(0);
  private xDrop = new Float32Array(0);
  private inDropped = false;
  /** Copy of a batch given from outside the network's memory [cap×inputs] (SIMD). */
  private xIn = new Float32Array(0);
  /** Objects with Float32Array fields in K's memory, re-pointed when it grows. */
  private readonly holders: object[] = [];
  private readonly dropoutRng: Rng;
  /** [‖dW‖², ΣW²] of one layer, from the kernels. */
  private readonly sums = new Float64Array(2);
  private readonly result: GradientResult;
  private xE: Float32Array;
  private readonly evalOut: EvalResult = { loss: 0, accuracy: 0 };
  private predictOut = new Float32Array(0);

  constructor(spec: NetworkSpec, opts: NetworkOptions = {}) {
    // The one place the L2 coefficient and dropout rates live: this copy of the spec (setRegularization changes it).
    this.spec = { ...spec, hidden: spec.hidden.slice(), dropout: { ...spec.dropout } };
    this.activation = spec.activation;
    this.outputActivation = outputActivationOf(spec);
    this.loss = spec.loss;
    const widths = [spec.inputs, ...spec.hidden, spec.outputs];
    const cap = Math.max(1, Math.floor(opts.batch ?? DEFAULT_CAPACITY));
    let floats = this.batchFloats(widths, cap) + EVAL_CHUNK * spec.inputs + ALIGN_FLOATS + (opts.extraFloats ?? 0);
    for (let l = 1; l < widths.length; l++) floats += LayerState.fixedFloats(widths[l - 1], widths[l], this.bnAt(l, widths));
    this.K = createKernels(opts.kernels ?? defaultKernelKind(), floats);
    this.state = [];
    for (let l = 1; l < widths.length; l++) {
      const st = new LayerState(widths[l - 1], widths[l], this.bnAt(l, widths), this.K);
      initWeights(st.params.W, spec.init, st.k, st.m, createRng(spec.seed, 'init', l - 1));
      this.state.push(st);
    }
    this.layers = this.state.map((s) => s.params);
    this.result = { loss: 0, layers: this.state.map((s) => s.grads) };
    this.dropoutRng = createRng(spec.seed, 'dropout');
    this.xE = this.K.alloc(EVAL_CHUNK * spec.inputs);
    this.holders.push(this, ...this.state, ...this.layers, ...this.state.map((s) => s.grads));
    this.ensureCapacity(cap);
  }

  get kernels(): KernelKind {
    return this.K.kind;
  }

  private bnAt(l: number, widths: number[]): boolean {
    return this.spec.batchNorm && l < widths.length - 1;
  }

  /** Floats the training buffers of batches of cap rows take (alignment included). */
  private batchFloats(widths: number[], cap: number): number {
    let f = 3 * cap * widths[0] + 3 * ALIGN_FLOATS;
    for (let l = 1; l < widths.length; l++) f += LayerState.batchFloats(widths[l], this.bnAt(l, widths), cap);
    return f;
  }

  /** A zeroed array of len floats in this network's memory (for a trainer's buffers, which it must register with holdArrays). */
  alloc(len: number): Float32Array<ArrayBuffer> {
    return this.K.alloc(len);
  }

  /** Registers an object whose Float32Array fields came from alloc(), so they follow the memory when it grows. */
  holdArrays(o: object): void {
    this.holders.push(o);
  }

  /** x itself when the kernels can read it, else its first n rows copied into xIn. */
  private own(x: Float32Array, n: number): Float32Array {
    if (this.K.owns(x)) return x;
    this.xIn.set(x.subarray(0, n * this.spec.inputs));
    return this.xIn;
  }

  /** Examples in the last training pass. */
  get lastN(): number {
    return this.lastN_;
  }

  /** Loss (with L2) of the last training pass. */
  get lastLoss(): number {
    return this.lastLoss_;
  }

  /** Changes λ and the dropout rates between steps (already checked by the caller). */
  setRegularization(l2: number | undefined, dropout: { input: number; hidden: number } | undefined): void {
    if (l2 !== undefined) this.spec.l2 = l2;
    if (dropout !== undefined) this.spec.dropout = { input: dropout.input, hidden: dropout.hidden };
  }

  /** Writes the keep-masks (1 kept, 0 dropped) of the last pass's first example: [inputs, hidden 1, …]. */
  dropoutMasks(masks: Uint8Array[]): void {
    const k = this.spec.inputs;
    for (let j = 0; j < k; j++) masks[0][j] = !this.inDropped || this.inMult[j] > 0 ? 1 : 0;
    for (let l = 0; l < this.state.length - 1; l++) {
      const st = this.state[l];
      const mask = masks[l + 1];
      for (let j = 0; j < st.m; j++) mask[j] = !st.dropped || st.mult[j] > 0 ? 1 : 0;
    }
  }

  /** Makes the training buffers hold batches of n rows. */
  ensureCapacity(n: number): void {
    if (n <= this.cap) return;
    const widths = [this.spec.inputs, ...this.spec.hidden, this.spec.outputs];
    if (this.cap > 0) this.K.grow(this.batchFloats(widths, n), this.holders);
    this.cap = n;
    for (const s of this.state) s.allocate(n);
    const k0 = this.spec.inputs;
    this.inMult = this.K.alloc(n * k0);
    this.xDrop = this.K.alloc(n * k0);
    this.xIn = this.K.alloc(n * k0);
  }

  computeGradients(x: Float32Array, y: Float32Array, n: number): GradientResult {
    this.ensureCapacity(n);
    this.forwardTrain(this.own(x, n), n, true);
    const last = this.state[this.state.length - 1];
    const data = lossSum(this.loss, last.z, last.a, y, n, last.m) / n;
    const w2 = this.backward(y, n);
    this.lastN_ = n;
    this.lastLoss_ = data + 0.5 * this.spec.l2 * w2;
    this.result.loss = this.lastLoss_;
    return this.result;
  }

  trainStep(x: Float32Array, y: Float32Array, n: number, lr: number): number {
    const loss = this.computeGradients(x, y, n).loss;
    for (const st of this.state) {
      this.K.sgd(st.params.W, st.grads.dW, lr);
      this.K.sgd(st.params.b, st.grads.db, lr);
      if (st.bn) {
        this.K.sgd(st.params.gamma!, st.grads.dGamma!, lr);
        this.K.sgd(st.params.beta!, st.grads.dBeta!, lr);
      }
    }
    return loss;
  }

  /** Training-mode outputs (dropout, batch statistics) without a gradient or running-stat update; n×outputs, reused. */
  forwardTraining(x: Float32Array, n: number): Float32Array {
    this.ensureCapacity(n);
    this.forwardTrain(this.own(x, n), n, false);
    return this.state[this.state.length - 1].a;
  }

  predict(x: Float32Array, n: number): Float32Array {
    const m = this.spec.outputs;
    if (this.predictOut.length !== n * m) this.predictOut = new Float32Array(n * m);
    for (let r0 = 0; r0 < n; r0 += EVAL_CHUNK) {
      const rows = Math.min(EVAL_CHUNK, n - r0);
      this.forwardEval(x, r0, rows);
      const a = this.state[this.state.length - 1].aE;
      for (let i = 0, o = r0 * m; i < rows * m; i++, o++) this.predictOut[o] = a[i];
    }
    return this.predictOut;
  }

  /** Mean data loss (no L2) and accuracy on n examples in evaluation mode; the result object is reused. */
  evaluate(x: Float32Array, y: Float32Array, labels: Uint8Array, n: number): EvalResult {
    const last = this.state[this.state.length - 1];
    const m = last.m;
    let loss = 0;
    let right = 0;
    for (let r0 = 0; r0 < n; r0 += EVAL_CHUNK) {
      const rows = Math.min(EVAL_CHUNK, n - r0);
      this.forwardEval(x, r0, rows);
      loss += lossSum(this.loss, last.zE, last.aE, y, rows, m, r0 * m);
      for (let i = 0; i < rows; i++) {
        let best = 0;
        if (m === 1) best = last.aE[i] >= 0.5 ? 1 : 0;
        else for (let j = 1; j < m; j++) if (last.aE[i * m + j] > last.aE[i * m + best]) best = j;
        if (best === labels[r0 + i]) right++;
      }
    }
    this.evalOut.loss = n > 0 ? loss / n : 0;
    this.evalOut.accuracy = n > 0 ? right / n : 0;
    return this.evalOut;
  }

  /** Evaluation-mode forward pass of rows x[r0 … r0+rows) (rows ≤ EVAL_CHUNK) into each layer's zE, aE. */
  forwardEval(x: Float32Array, r0: number, rows: number): void {
    const k0 = this.spec.inputs;
    const xE = this.xE;
    for (let i = 0, s = r0 * k0; i < rows * k0; i++, s++) xE[i] = x[s];
    let input = xE;
    const L = this.state.length;
    for (let l = 0; l < L; l++) {
      const st = this.state[l];
      const p = st.params;
      this.K.matmulABt(input, p.W, st.bn ? null : p.b, st.zE, rows, st.k, st.m);
      if (l === L - 1) {
        outputActivate(this.outputActivation, st.zE, st.aE, rows, st.m);
      } else if (st.bn) {
        this.K.bnForwardEval(st.zE, rows, st.m, p.gamma!, p.beta!, st.runMean, st.runVar, st.aE);
        this.K.activate(this.activation, st.aE, st.aE, rows * st.m);
      } else {
        this.K.activate(this.activation, st.zE, st.aE, rows * st.m);
      }
      input = st.aE;
    }
  }

  /** Fills mult with 0 or 1/(1−p) (kept with probability 1−p) and writes out = src·mult. */
  private dropout(p: number, src: Float32Array, mult: Float32Array, out: Float32Array, len: number): void {
    const keep = 1 - p;
    const scale = 1 / keep;
    const rng = this.dropoutRng;
    for (let i = 0; i < len; i++) {
      // ⌊keep + u⌋ is 1 with probability keep: branch-free, since keeps are unpredictable.
      const v = scale * Math.floor(keep + rng.uniform());
      mult[i] = v;
      out[i] = src[i] * v;
    }
  }

  private forwardTrain(x: Float32Array, n: number, updateRunning: boolean): void {
    const k0 = this.spec.inputs;
    let input = x;
    const { input: dropInput, hidden: dropHidden } = this.spec.dropout;
    this.inDropped = dropInput > 0;
    if (this.inDropped) {
      this.dropout(dropInput, x, this.inMult, this.xDrop, n * k0);
      input = this.xDrop;
    }
    const L = this.state.length;
    for (let l = 0; l < L; l++) {
      const st = this.state[l];
      const p = st.params;
      const len = n * st.m;
      st.input = input;
      this.K.matmulABt(input, p.W, st.bn ? null : p.b, st.z, n, st.k, st.m);
      st.dropped = false;
      if (l === L - 1) {
        outputActivate(this.outputActivation, st.z, st.a, n, st.m);
        break;
      }
      if (st.bn) {
        this.K.bnForwardTrain(st.z, n, st.m, p.gamma!, p.beta!, st.zhat, st.a, st.invStd, st.runMean, st.runVar, updateRunning);
        this.K.activate(this.activation, st.a, st.a, len);
      } else {
        this.K.activate(this.activation, st.z, st.a, len);
      }
      input = st.a;
      if (dropHidden > 0) {
        st.dropped = true;
        this.dropout(dropHidden, st.a, st.mult, st.aDrop, len);
        input = st.aDrop;
      }
    }
  }

  /** Back-propagates from the output; fills dW (+λW), db, dγ, dβ and norms. Returns ΣW² over all layers. */
  private backward(y: Float32Array, n: number): number {
    const L = this.state.length;
    const last = this.state[L - 1];
    last.grads.deltaNorm = Math.sqrt(outputDelta(this.loss, last.a, y, last.delta, n, last.m));
    const l2 = this.spec.l2;
    const sums = this.sums;
    let w2 = 0;
    for (let l = L - 1; l >= 0; l--) {
      const st = this.state[l];
      const { k, m } = st;
      const g = st.grads;
      const W = st.params.W;
      this.K.matmulAtB(st.delta, st.input, g.dW, n, m, k);
      this.K.weightGrad(g.dW, W, l2, m * k, sums);
      g.gradNorm = Math.sqrt(sums[0]);
      w2 += sums[1];
      if (st.bn) g.db.fill(0);
      else this.K.columnSums(st.delta, g.db, n, m);
      if (l === 0) break;
      const prev = this.state[l - 1];
      this.K.matmulAB(st.delta, W, prev.dA, n, m, k);
      const mult = prev.dropped ? prev.mult : null;
      let s: number;
      if (prev.bn) {
        this.K.activationBackward(this.activation, prev.dA, prev.a, mult, prev.dA, n * k);
        s = this.K.bnBackward(prev.dA, prev.zhat, n, k, prev.params.gamma!, prev.invStd,
          prev.grads.dGamma!, prev.grads.dBeta!, prev.delta);
      } else {
        s = this.K.activationBackward(this.activation, prev.dA, prev.a, mult, prev.delta, n * k);
      }
      prev.grads.deltaNorm = Math.sqrt(s);
    }
    return w2;
  }
}

/** A network from its spec, weights drawn from the spec's seed (per-layer init streams), computing with opts.kernels; a bad spec throws a RangeError naming the value. */
export function createNetwork(spec: NetworkSpec, opts: NetworkOptions = {}): Network {
  validateNetworkSpec(spec);
  return new Mlp(spec, opts);
}
