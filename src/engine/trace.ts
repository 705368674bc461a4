/**
 * One training step on one example, read out of the engine's own buffers for the backprop
 * step-through: nothing here does the maths again. The forward/backward pass is the network's
 * computeGradients (n = 1, training mode, dropout off); slopes come from activationBackward, the
 * function backward() multiplies by; "after" comes from the network's own SGD step on a copy.
 */
import { activationBackward } from './activations.ts';
import { Mlp } from './network.ts';
import type { Activation, LossName, NetworkSpec, OutputActivation } from './types.ts';
import { checkLearningRate, validateNetworkSpec } from './validate.ts';

/** One layer of the traced step (W row-major [outputs × inputs]: W[i·inputs + j] joins input j to unit i). */
export interface TraceLayer {
  inputs: number;
  outputs: number;
  /** Parameters before the step. */
  W: number[];
  b: number[];
  /** What this layer read: the example x (first layer) or the previous layer's a. */
  input: number[];
  /** z = W·input + b and a = f(z). */
  z: number[];
  a: number[];
  /** ∂L/∂a = Σᵢ W_above[i][j]·δ_above[i], the error arriving from the layer above (hidden layers; null at the output). */
  dA: number[] | null;
  /** f′(z) through a (hidden layers; the output's with squared error); null where the loss fuses it away (δ = a − y). */
  slope: number[] | null;
  /** δ = ∂L/∂z: dA × slope (hidden), a − y (fused output), (a − y) × slope (squared error). */
  delta: number[];
  /** ∂L/∂W = δ ⊗ input (plus λW when L2 > 0) and ∂L/∂b = δ. */
  dW: number[];
  db: number[];
  /** ‖δ‖ and ‖∂L/∂W‖ as the engine reports them. */
  deltaNorm: number;
  gradNorm: number;
  /** Parameters after the engine's own SGD update W ← W − η·∂L/∂W. */
  WAfter: number[];
  bAfter: number[];
}

/** A whole traced step, first hidden layer → output. Plain numbers (float32 values widened), no typed arrays. */
export interface BackpropTrace {
  activation: Activation;
  outputActivation: OutputActivation;
  loss: LossName;
  /** The example and its target. */
  x: number[];
  y: number[];
  /** This example's loss before the step (with the L2 term when λ > 0), and λ. */
  lossValue: number;
  l2: number;
  learningRate: number;
  layers: TraceLayer[];
}

const list = (a: Float32Array, len = a.length): number[] => Array.from(a.subarray(0, len));

/**
 * Traces one plain-SGD step of the net `spec` (dropout switched off; batch norm refused) on the
 * example x (inputs values) with target y (outputs values), learning rate lr, on the JS kernels.
 * The weights are the spec's seeded initial weights, the same a trainer of that spec starts from.
 */
export function traceStep(spec: NetworkSpec, x: ArrayLike<number>, y: ArrayLike<number>, lr: number): BackpropTrace {
  const s: NetworkSpec = { ...spec, hidden: spec.hidden.slice(), dropout: { input: 0, hidden: 0 } };
  validateNetworkSpec(s);
  if (s.batchNorm) throw new RangeError('the step-through traces nets without batch norm');
  checkLearningRate(lr);
  if (x.length !== s.inputs || y.length !== s.outputs) {
    throw new RangeError(`the example has ${x.length} inputs and ${y.length} targets; the net takes ${s.inputs} and ${s.outputs}`);
  }
  const xs = Float32Array.from(x);
  const ys = Float32Array.from(y);
  const net = new Mlp(s, { kernels: 'js', batch: 1 });
  const before = net.state.map((st) => ({ W: list(st.params.W), b: list(st.params.b) }));
  const res = net.computeGradients(xs, ys, 1);
  const L = net.state.length;
  const ones = new Float32Array(Math.max(...net.state.map((st) => st.m))).fill(1);
  const layers: TraceLayer[] = net.state.map((st, l) => {
    const hidden = l < L - 1;
    let slope: number[] | null = null;
    if (hidden || s.loss === 'mse') {
      // f′ as backward() applies it: activationBackward with ∂L/∂a = 1 and no dropout multiplier.
      const out = new Float32Array(st.m);
      activationBackward(hidden ? net.activation : 'sigmoid', ones, st.a, null, out, st.m);
      slope = list(out);
    }
    return {
      inputs: st.k,
      outputs: st.m,
      W: before[l].W,
      b: before[l].b,
      input: list(st.input, st.k),
      z: list(st.z, st.m),
      a: list(st.a, st.m),
      dA: hidden ? list(st.dA, st.m) : null,
      slope,
      delta: list(st.delta, st.m),
      dW: list(st.grads.dW),
      db: list(st.grads.db),
      deltaNorm: st.grads.deltaNorm,
      gradNorm: st.grads.gradNorm,
      WAfter: [],
      bAfter: [],
    };
  });
  const copy = new Mlp(s, { kernels: 'js', batch: 1 });
  copy.trainStep(xs, ys, 1, lr);
  copy.state.forEach((st, l) => {
    layers[l].WAfter = list(st.params.W);
    layers[l].bAfter = list(st.params.b);
  });
  return {
    activation: net.activation,
    outputActivation: net.outputActivation,
    loss: s.loss,
    x: list(xs),
    y: list(ys),
    lossValue: res.loss,
    l2: s.l2,
    learningRate: lr,
    layers,
  };
}
