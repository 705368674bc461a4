import type { KernelKind } from './kernels.ts';

export type { KernelKind };

/**
 * Why the SIMD kernels are not used: the runtime has no WebAssembly or no SIMD (unsupported), the
 * module's results differ from the JS kernels' (selfTest), or the module did not load (loadFailed:
 * a CSP without 'wasm-unsafe-eval', a failed compile).
 */
export type KernelProblem = 'unsupported' | 'selfTest' | 'loadFailed';

/** Why the digits file cannot be used: not fetched or read, wrong length, wrong checksum, or a value out of range. */
export type DigitsProblem = 'fetch' | 'length' | 'checksum' | 'values';

/** Hidden-layer nonlinearity. */
export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'linear';
/** Output nonlinearity: one sigmoid unit per output, or a softmax over all outputs. */
export type OutputActivation = 'sigmoid' | 'softmax';
/** bce: binary cross-entropy fused with a sigmoid output; mse: ½Σ(a−y)² on a sigmoid output; softmaxCe: cross-entropy fused with softmax. */
export type LossName = 'bce' | 'mse' | 'softmaxCe';
/**
 * zero: all 0; small: N(0, 0.01²); standard: U[−1/√n_in, 1/√n_in];
 * xavier: U[−√(6/(n_in+n_out)), +√(6/(n_in+n_out))] (Var = 2/(n_in+n_out));
 * he: N(0, 2/n_in); large: N(0, 1). Biases start at 0.
 */
export type InitName = 'zero' | 'small' | 'standard' | 'xavier' | 'he' | 'large';
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
/** spiral3 is the 3-class spiral (softmax); digits the 8×8 handwritten digits (64 inputs, 10 classes); the others are 2-D with two classes. */
export type DatasetName = 'circles' | 'xor' | 'gaussians' | 'spiral' | 'moons' | 'spiral3' | 'digits';

/** Everything that fixes a network's shape, its forward/backward maths and its initial weights. */
export interface NetworkSpec {
  inputs: number;
  /** Widths of the hidden layers, first (nearest the input) to last; 1–20 layers of width 1–256. */
  hidden: number[];
  outputs: number;
  activation: Activation;
  /** Defaults to 'softmax' when loss is softmaxCe, else 'sigmoid'. */
  outputActivation?: OutputActivation;
  loss: LossName;
  init: InitName;
  /** Batch normalisation before the activation of every hidden layer, with learnable γ, β. */
  batchNorm: boolean;
  /** Inverted-dropout drop probabilities for the input units and for every hidden unit. */
  dropout: { input: number; hidden: number };
  /** L2 penalty (λ/2)·ΣW² over weights, not biases, added to the loss. */
  l2: number;
  seed: number;
}

/** One fully connected layer's live parameters. */
export interface LayerParams {
  inputs: number;
  outputs: number;
  /** Row-major [outputs × inputs]. */
  W: Float32Array;
  /** [outputs]. */
  b: Float32Array;
  /** Batch-norm scale γ and shift β [outputs], present on hidden layers when batchNorm. */
  gamma?: Float32Array;
  beta?: Float32Array;
}

/** Gradients of one layer for one batch; arrays are owned by the network and overwritten by the next call. */
export interface LayerGradients {
  dW: Float32Array;
  db: Float32Array;
  dGamma?: Float32Array;
  dBeta?: Float32Array;
  /** ‖∂L/∂W‖ (Frobenius, includes the L2 term). */
  gradNorm: number;
  /** ‖∂L/∂z‖ over the batch (Frobenius) of this layer's pre-activations: the back-propagated error. */
  deltaNorm: number;
}

export interface GradientResult {
  /** Mean loss over the batch, plus the L2 penalty when l2 > 0. */
  loss: number;
  /** First hidden layer → output layer. */
  layers: LayerGradients[];
}

/** Per-layer statistics of the most recent training step (first hidden layer → output layer). */
export interface LayerStats {
  /** ‖∂L/∂W‖ Frobenius. */
  gradNorm: number;
  /** ‖∂L/∂b‖. */
  biasGradNorm: number;
  /** ‖∂L/∂z‖ Frobenius over the batch. */
  deltaNorm: number;
  /** ‖W‖ Frobenius. */
  weightNorm: number;
  /** ‖ΔW‖/‖W‖ of the last update (0 before any update). */
  updateRatio: number;
  /** Mean and standard deviation of this layer's activations over units × batch. */
  actMean: number;
  actStd: number;
  /** Share of units × examples with σ′ below 1 % of its maximum (sigmoid/tanh layers; 0 otherwise). */
  saturated: number;
  /** Share of units that are zero for the whole batch (ReLU layers; 0 otherwise). */
  dead: number;
}

export interface Network {
  readonly spec: NetworkSpec;
  /** The kernels this network computes with. */
  readonly kernels: KernelKind;
  /** Hidden layers then the output layer. */
  readonly layers: LayerParams[];
  /**
   * Forward + backward in training mode (dropout on, batch statistics) on n examples,
   * x: n×inputs, y: n×outputs, both row-major. No parameter update.
   */
  computeGradients(x: Float32Array, y: Float32Array, n: number): GradientResult;
  /** computeGradients, then plain SGD p ← p − lr·∂L/∂p on every W, b (and γ, β); returns the batch loss (with L2). */
  trainStep(x: Float32Array, y: Float32Array, n: number, lr: number): number;
  /** Evaluation mode (no dropout, running BN statistics): n×outputs probabilities. The returned array is reused by the next call. */
  predict(x: Float32Array, n: number): Float32Array;
}

/** A labelled set of points. */
export interface Dataset {
  /** n×inputs, row-major. */
  x: Float32Array;
  /** n×outputs targets: 0/1 for two classes (outputs = 1), one-hot for 3+ classes. */
  y: Float32Array;
  /** Class index of each example. */
  labels: Uint8Array;
  n: number;
  inputs: number;
  outputs: number;
  classes: number;
}

export interface DataSpec {
  name: DatasetName;
  /** Training-set size N; the first N points of a larger N are the same points. Digits: at most 1,200 (larger N takes all). */
  trainSize: number;
  /** Standard deviation of Gaussian input noise, in data units (points live in about [−1, 1]²). Not applied to digits. */
  noise: number;
  /** Share of labels flipped to another class, in the training and the validation set alike (each from its own stream). Not applied to digits. */
  labelNoise: number;
  /** The 2-D sets' streams; digits use a fixed split whatever the seed. */
  seed: number;
  /** Validation-set size; fixed whatever trainSize is. Default 500; digits always 597. */
  valSize?: number;
}

export interface TrainerSpec {
  network: NetworkSpec;
  optimizer: OptimizerName;
  learningRate: number;
  /** Mini-batch size; clamped to the training-set size (≥ N means full batch). */
  batchSize: number;
  /** Momentum coefficient (momentum optimiser), default 0.9. Adam uses β1 0.9, β2 0.999, ε 1e-8. */
  momentum?: number;
  /** Kernels of the trainer's network; default what loadKernels() resolved to, or 'js' before it did. */
  kernels?: KernelKind;
}

export interface EvalResult {
  /** Mean data loss (no L2 term), evaluation mode. */
  loss: number;
  /** Share of examples whose most probable class is right. */
  accuracy: number;
}

/** A square grid over [xMin, xMax] × [yMin, yMax] at which the boundary is evaluated, row 0 at yMax (top). */
export interface GridSpec {
  resolution: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * A network plus its optimiser state, training data and batch-order stream.
 * Every method reuses buffers allocated at creation; step() allocates nothing.
 */
export interface Trainer {
  readonly network: Network;
  readonly spec: TrainerSpec;
  /** Updates done so far. */
  readonly stepCount: number;
  /** Full passes over the training set so far (fractional). */
  readonly epoch: number;
  /** One mini-batch update (batches drawn without replacement from a seeded shuffle); returns that batch's loss (with L2). */
  step(): number;
  /** Statistics of the last step, first hidden layer → output; the array and its objects are reused. */
  layerStats(): LayerStats[];
  /** Loss and accuracy on a whole set in evaluation mode. */
  evaluate(data: Dataset): EvalResult;
  /** The network's output probabilities (evaluation mode) at each grid cell, cells row-major from the top row, outputs per cell adjacent; written into out (resolution² × outputs) and returned. */
  boundary(grid: GridSpec, out: Float32Array): Float32Array;
  /** Keep-masks (1 kept, 0 dropped) of the last step for the first example of the batch: [input layer, hidden 1, …]. */
  dropoutMasks(): Uint8Array[];
  /** Changes the learning rate, L2 and dropout rates in place without resetting weights. */
  setHyper(h: { learningRate?: number; l2?: number; dropout?: { input: number; hidden: number } }): void;
  /** True when any parameter is NaN or ±Inf. */
  hasNonFinite(): boolean;
}
