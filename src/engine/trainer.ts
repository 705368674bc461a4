import type { Dataset, EvalResult, GridSpec, LayerStats, Trainer, TrainerSpec } from './types.ts';
import { Mlp } from './network.ts';
import { ADAM_BETA1, ADAM_BETA2 } from './optimizer.ts';
import { createRng, type Rng } from './rng.ts';
import { activationStats, emptyStats, norm } from './stats.ts';
import { checkDropout, checkL2, checkLearningRate, validateTrainerSpec } from './validate.ts';

/** One parameter array with its gradient and optimiser state (velocity, or Adam's m and v). */
interface Slot {
  p: Float32Array;
  g: Float32Array;
  s1: Float32Array;
  s2: Float32Array;
}

class MlpTrainer implements Trainer {
  readonly network: Mlp;
  readonly spec: TrainerSpec;
  stepCount = 0;
  private readonly train: Dataset;
  /** Rows per mini-batch: batchSize clamped to [1, N]. */
  private readonly batch: number;
  private readonly order: Uint32Array;
  private pos: number;
  private examplesSeen = 0;
  private readonly batchRng: Rng;
  private readonly xB: Float32Array;
  private readonly yB: Float32Array;
  /** Per layer: W, b, then γ, β when batch norm. */
  private readonly slots: Slot[][];
  /** ‖ΔW‖ of the last update, per layer. */
  private readonly dWNorm: Float64Array;
  private readonly stats: LayerStats[];
  private readonly masks: Uint8Array[];
  private adamT = 0;
  private gridX = new Float32Array(0);
  /** The grid gridX was built for (resolution, xMin, xMax, yMin, yMax). */
  private readonly gridOf = new Float64Array(5);

  constructor(spec: TrainerSpec, train: Dataset) {
    const batch = Math.max(1, Math.min(Math.floor(spec.batchSize), train.n));
    const widths = [spec.network.inputs, ...spec.network.hidden, spec.network.outputs];
    let params = 0;
    for (let l = 1; l < widths.length; l++) params += widths[l] * (widths[l - 1] + 1 + (spec.network.batchNorm ? 2 : 0));
    // Batch copies, then velocity / Adam's m and v per parameter array (≤ 4 arrays a layer, 2 each), aligned.
    const extraFloats = batch * (train.inputs + train.outputs) + 2 * params + 8 * widths.length * 2 * 4 + 16;
    this.network = new Mlp(spec.network, { kernels: spec.kernels, batch, extraFloats });
    this.spec = { ...spec, network: this.network.spec, kernels: this.network.kernels };
    this.train = train;
    this.batch = batch;
    this.order = new Uint32Array(train.n);
    for (let i = 0; i < train.n; i++) this.order[i] = i;
    this.batchRng = createRng(spec.network.seed, 'batch');
    this.pos = train.n;
    const net = this.network;
    this.xB = net.alloc(this.batch * train.inputs);
    this.yB = net.alloc(this.batch * train.outputs);
    net.holdArrays(this);
    const slot = (p: Float32Array, g: Float32Array): Slot => {
      const s: Slot = { p, g, s1: net.alloc(p.length), s2: net.alloc(spec.optimizer === 'adam' ? p.length : 0) };
      net.holdArrays(s);
      return s;
    };
    this.slots = net.state.map((st) => {
      const s = [slot(st.params.W, st.grads.dW), slot(st.params.b, st.grads.db)];
      if (st.bn) s.push(slot(st.params.gamma!, st.grads.dGamma!), slot(st.params.beta!, st.grads.dBeta!));
      return s;
    });
    this.dWNorm = new Float64Array(this.slots.length);
    this.stats = this.slots.map(emptyStats);
    this.masks = [new Uint8Array(spec.network.inputs).fill(1),
      ...spec.network.hidden.map((w) => new Uint8Array(w).fill(1))];
  }

  get epoch(): number {
    return this.examplesSeen / this.train.n;
  }

  /** Fisher–Yates shuffle of the example order from the batch-order stream. */
  private shuffle(): void {
    const o = this.order;
    for (let i = o.length - 1; i > 0; i--) {
      const j = this.batchRng.int(i + 1);
      const t = o[i]; o[i] = o[j]; o[j] = t;
    }
    this.pos = 0;
  }

  /** Copies the next batch rows into xB, yB; a new shuffle when fewer than a batch remain (the rest is skipped). */
  private gather(): void {
    if (this.pos + this.batch > this.train.n) this.shuffle();
    const { x, y, inputs, outputs } = this.train;
    for (let r = 0; r < this.batch; r++) {
      const e = this.order[this.pos + r];
      for (let j = 0; j < inputs; j++) this.xB[r * inputs + j] = x[e * inputs + j];
      for (let j = 0; j < outputs; j++) this.yB[r * outputs + j] = y[e * outputs + j];
    }
    this.pos += this.batch;
  }

  step(): number {
    this.gather();
    const loss = this.network.computeGradients(this.xB, this.yB, this.batch).loss;
    const lr = this.spec.learningRate;
    const opt = this.spec.optimizer;
    const mu = this.spec.momentum ?? 0.9;
    const K = this.network.K;
    let c1 = 1, c2 = 1;
    if (opt === 'adam') {
      this.adamT++;
      c1 = 1 - Math.pow(ADAM_BETA1, this.adamT);
      c2 = 1 - Math.pow(ADAM_BETA2, this.adamT);
    }
    for (let l = 0; l < this.slots.length; l++) {
      const layer = this.slots[l];
      for (let s = 0; s < layer.length; s++) {
        const { p, g, s1, s2 } = layer[s];
        const d2 = opt === 'sgd' ? K.sgd(p, g, lr)
          : opt === 'momentum' ? K.momentum(p, g, s1, lr, mu)
            : K.adam(p, g, s1, s2, lr, c1, c2);
        if (s === 0) this.dWNorm[l] = Math.sqrt(d2);
      }
    }
    this.stepCount++;
    this.examplesSeen += this.batch;
    return loss;
  }

  layerStats(): LayerStats[] {
    const net = this.network;
    const L = net.state.length;
    for (let l = 0; l < L; l++) {
      const st = net.state[l];
      const out = this.stats[l];
      out.gradNorm = st.grads.gradNorm;
      out.biasGradNorm = norm(st.grads.db);
      out.deltaNorm = st.grads.deltaNorm;
      out.weightNorm = norm(st.params.W);
      out.updateRatio = out.weightNorm > 0 ? this.dWNorm[l] / out.weightNorm : 0;
      activationStats(l === L - 1 ? 'output' : net.activation, st.a, net.lastN, st.m, out);
    }
    return this.stats;
  }

  evaluate(data: Dataset): EvalResult {
    const r = this.network.evaluate(data.x, data.y, data.labels, data.n);
    return { loss: r.loss, accuracy: r.accuracy };
  }

  /** Cell (r, c) is evaluated at its centre x = xMin + (c + ½)·Δx, y = yMax − (r + ½)·Δy; other inputs 0. */
  boundary(grid: GridSpec, out: Float32Array): Float32Array {
    const net = this.network;
    const res = grid.resolution;
    const k = net.spec.inputs;
    const m = net.spec.outputs;
    const cells = res * res;
    if (out.length < cells * m) throw new RangeError(`boundary needs ${cells * m} floats, got ${out.length}`);
    const g = this.gridOf;
    if (this.gridX.length !== cells * k || g[0] !== res || g[1] !== grid.xMin || g[2] !== grid.xMax
      || g[3] !== grid.yMin || g[4] !== grid.yMax) {
      g[0] = res; g[1] = grid.xMin; g[2] = grid.xMax; g[3] = grid.yMin; g[4] = grid.yMax;
      if (this.gridX.length !== cells * k) this.gridX = new Float32Array(cells * k);
      const dx = (grid.xMax - grid.xMin) / res;
      const dy = (grid.yMax - grid.yMin) / res;
      for (let r = 0; r < res; r++) {
        for (let c = 0; c < res; c++) {
          const o = (r * res + c) * k;
          this.gridX[o] = grid.xMin + (c + 0.5) * dx;
          if (k > 1) this.gridX[o + 1] = grid.yMax - (r + 0.5) * dy;
        }
      }
    }
    out.set(net.predict(this.gridX, cells));
    return out;
  }

  dropoutMasks(): Uint8Array[] {
    this.network.dropoutMasks(this.masks);
    return this.masks;
  }

  setHyper(h: { learningRate?: number; l2?: number; dropout?: { input: number; hidden: number } }): void {
    if (h.learningRate !== undefined) checkLearningRate(h.learningRate);
    if (h.l2 !== undefined) checkL2(h.l2);
    if (h.dropout !== undefined) {
      checkDropout('dropout.input', h.dropout.input);
      checkDropout('dropout.hidden', h.dropout.hidden);
    }
    if (h.learningRate !== undefined) this.spec.learningRate = h.learningRate;
    this.network.setRegularization(h.l2, h.dropout);
  }

  hasNonFinite(): boolean {
    if (!Number.isFinite(this.network.lastLoss)) return true;
    for (const layer of this.slots) {
      for (const { p } of layer) for (let i = 0; i < p.length; i++) if (!Number.isFinite(p[i])) return true;
    }
    return false;
  }
}

/** A trainer for spec on the training set train (which it reads, never copies or changes); a bad spec throws a RangeError naming the value. */
export function createTrainer(spec: TrainerSpec, train: Dataset): Trainer {
  validateTrainerSpec(spec, train);
  return new MlpTrainer(spec, train);
}
