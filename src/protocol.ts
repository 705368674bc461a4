/**
 * The wire format between the UI and the training worker: types only.
 * Both sides switch on `type` and end in an exhaustiveness check.
 */
import type {
  Activation,
  DatasetName,
  DigitsProblem,
  GridSpec,
  InitName,
  KernelKind,
  KernelProblem,
  LayerStats,
  OptimizerName,
} from './engine/types.ts';

export type { Activation, DatasetName, DigitsProblem, GridSpec, InitName, KernelKind, LayerStats, OptimizerName };

/**
 * How the runs of a comparison advance. lockstep: every run takes the same steps (charts line up by
 * step). race: each run trains as fast as its own setup allows, sharing the CPU time equally.
 */
export type TrainMode = 'lockstep' | 'race';

/** Loss knob: cross-entropy (BCE, or softmax CE on 3-class data) or squared error on a sigmoid output. */
/**
 * Why training stopped: the worker reported an exception (`failed`, with its message), died
 * (`crashed`), went silent while it should be training (`unresponsive`), or sent something
 * unreadable (`unreadable`).
 */
export interface WorkerFault {
  kind: 'failed' | 'crashed' | 'unresponsive' | 'unreadable';
  detail: string;
  /** Set when a data set's file could not be used (a `failed` fault): the page shows it as a notice. */
  data?: DataFault;
}

/** A data set's file that could not be used: which set, and which check failed (i18n `digits.error.<problem>`). */
export interface DataFault {
  dataset: 'digits';
  problem: DigitsProblem;
}

export type LossKnob = 'ce' | 'mse';

/** A built-in data set, or the learner's own points (sent alongside the runs in `configure`). */
export type DataChoice = DatasetName | 'own';

/** Every knob of one run. Units: rates are shares (0–1), noise is a std in data units. */
export interface LabConfig {
  dataset: DataChoice;
  noise: number;
  labelNoise: number;
  trainSize: number;
  depth: number;
  width: number;
  activation: Activation;
  init: InitName;
  loss: LossKnob;
  batchNorm: boolean;
  dropoutInput: number;
  dropoutHidden: number;
  l2: number;
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  seed: number;
  /** Compute kernels asked for; 'simd' falls back to 'js' (with a notice) where SIMD cannot run. */
  kernels: KernelKind;
}

export type KnobKey = keyof LabConfig;
export type KnobValue = LabConfig[KnobKey];

/** One run of a comparison: its id ('A', 'B', … ), a human label and its full configuration. */
export interface RunSpec {
  id: string;
  label: string;
  config: LabConfig;
  /**
   * Which seed of its run this network is (seeds.ts): 0 or absent for the run itself; s ≥ 1 draws its init,
   * batch order and dropout streams from (config.seed, s), on the same data.
   */
  seedIndex?: number;
}

/** A recorded point of one run's history (a deterministic function of the step). */
export interface HistoryPoint {
  step: number;
  /** Seconds this run has spent in training steps so far (its own compute time, evaluation excluded). */
  seconds: number;
  epoch: number;
  trainLoss: number;
  trainAcc: number;
  valLoss: number;
  valAcc: number;
  /** First hidden layer → output layer. */
  layers: LayerStats[];
}

export type DivergeReason = 'lossNonFinite' | 'weightsNonFinite';

export interface Divergence {
  step: number;
  reason: DivergeReason;
  learningRate: number;
}

/** Points of one data set, for drawing: x is n×2 row-major, labels are class indices. */
export interface PointSet {
  x: Float32Array;
  labels: Uint8Array;
  n: number;
}

export interface RunInfo {
  id: string;
  label: string;
  /** Units per layer, input → output. */
  layerSizes: number[];
  classes: number;
  train: PointSet;
  val: PointSet;
  /** The kernels this run computes with (its config's, or 'js' where SIMD is not available). */
  kernels: KernelKind;
  /** The configuration this run trains with (its spec's, live knobs included): views read a run's activation, batch and so on here. */
  config: LabConfig;
}

/** What the worker found when it loaded the SIMD kernels. */
export interface KernelStatus {
  available: KernelKind;
  /** Why SIMD is not available (null when it is). */
  reason: string | null;
  /**
   * What kind of problem, as the engine decided it: the browser has no WebAssembly SIMD, the self-test
   * against the JS kernels failed, or the module did not load (a CSP without 'wasm-unsafe-eval', a blocked fetch).
   */
  problem: KernelProblem | null;
}

/** One run's news in a progress message: its live numbers and the history points recorded since the last one. */
export interface RunUpdate {
  id: string;
  status: 'training' | 'diverged';
  /** Steps this run has taken (in lock-step, the comparison's step). */
  step: number;
  /** Seconds this run has spent in training steps (see HistoryPoint.seconds). */
  seconds: number;
  /** This run's training steps per second of its own compute time (0 before it trained). */
  stepsPerSecond: number;
  divergence?: Divergence;
  /** Loss (with L2) of the latest mini-batch. */
  batchLoss: number;
  /** Statistics of the latest step, first hidden layer → output. */
  layers: LayerStats[];
  /** Points recorded since the previous progress message, oldest first. */
  points: HistoryPoint[];
  /** Keep-masks of the latest step (first example): [inputs, hidden 1, …]. 1 kept, 0 dropped. */
  masks: Uint8Array[];
  /** Digits runs while the page watches images (`watchImages`): the newest image statistics, sent once each. */
  images?: ImageReport;
}

/**
 * What the image views of a digits run show, computed in the worker (evaluation mode) at one step. The images
 * themselves are the run's RunInfo.val (x: 64 values in [0, 1] per image, row-major 8×8; labels).
 */
export interface ImageReport {
  step: number;
  /** Predicted class of every validation image, in validation order [597]. */
  predicted: Uint8Array;
  /** Class probabilities of the first validation images (the gallery: 48, or fewer), 10 per image [gallery × 10]. */
  galleryProbs: Float32Array;
  /** Validation counts, row = true class, column = predicted class [10 × 10]. */
  confusion: Uint32Array;
  /** Weights of the first layer's first min(its units, 32) units, each a row of 64 (an 8×8 image) [units × 64]. */
  firstLayer: { units: number; W: Float32Array };
}

// ---- UI → worker ----

/** Own data as the worker trains on it: float32 points in order; a run of N takes the first N training points. */
export interface OwnPoints {
  /** Tells one data set from another across structured cloning: the same key means the same points. */
  key: number;
  classes: number;
  train: PointSet;
  val: PointSet;
}

export interface ConfigureMessage {
  type: 'configure';
  /** Every run of the comparison (the boundary grid and the keep-or-rebuild choice look at all). */
  specs: RunSpec[];
  /** Ids of the runs this worker trains (a pool splits them); absent: all. */
  runIds?: string[];
  /** Default 'lockstep'. */
  mode?: TrainMode;
  /** The points of every run whose dataset is 'own' (all of them train on the same points); null when none is. */
  data?: OwnPoints | null;
  /** Seeds per run (1–20, default 1): the pool trains every run's members (seeds.ts) and streams each one's news. */
  seeds?: number;
}
export interface PlayMessage {
  type: 'play';
  /** Pause by itself on reaching this step (a lesson's horizon); absent: train until paused. */
  until?: number;
}
/** Lock-step across a pool: train no run past this step until told otherwise (null: no bound). */
export interface LimitMessage {
  type: 'limit';
  step: number | null;
}
export interface PauseMessage {
  type: 'pause';
}
export interface StepMessage {
  type: 'step';
  /** Number of training steps to take, default 1. */
  count?: number;
}
export interface ResetMessage {
  type: 'reset';
}
export interface SetSpeedMessage {
  type: 'setSpeed';
  /** Training steps per second; null trains as fast as the machine allows. */
  stepsPerSecond: number | null;
}

/** Image statistics on or off: digits runs add an ImageReport to their progress while on (default off: they cost a validation pass). */
export interface WatchImagesMessage {
  type: 'watchImages';
  on: boolean;
}
/** A drawn 8×8 digit to classify with every digits run: answered by an `imageProbs` with the same requestId. */
export interface EvaluateImageMessage {
  type: 'evaluateImage';
  requestId: number;
  /** 64 values in [0, 1], row-major 8×8, 1 = full ink (as the training inputs: pixel / 16). */
  pixels: Float32Array;
}

export type ToWorker =
  | ConfigureMessage
  | PlayMessage
  | PauseMessage
  | StepMessage
  | ResetMessage
  | SetSpeedMessage
  | LimitMessage
  | WatchImagesMessage
  | EvaluateImageMessage;

// ---- worker → UI ----

export interface ConfiguredMessage {
  type: 'configured';
  runs: RunInfo[];
  grid: GridSpec;
  /** True when the weights were kept (only live knobs such as the learning rate changed). */
  kept: boolean;
  kernels: KernelStatus;
  mode: TrainMode;
}
export interface ProgressMessage {
  type: 'progress';
  step: number;
  epoch: number;
  playing: boolean;
  /** Measured over the last second of wall-clock time (0 when paused). */
  stepsPerSecond: number;
  examplesPerSecond: number;
  /** One per run this worker trains, in comparison order. */
  updates: RunUpdate[];
}
/** One run's class probabilities over the boundary grid. */
export interface RunPredictions {
  id: string;
  outputs: number;
  probs: Float32Array;
}
export interface BoundaryMessage {
  type: 'boundary';
  step: number;
  grid: GridSpec;
  /** Per run: resolution² × outputs probabilities, row-major from the top row. Transferred. */
  predictions: RunPredictions[];
}
export interface ErrorMessage {
  type: 'error';
  message: string;
  /** Set when the error is a data set's file that could not be used (the runs asking for it were not built). */
  data?: DataFault;
}
/** The answer to evaluateImage: each digits run's 10 class probabilities (outputs 10) for the drawn image. */
export interface ImageProbsMessage {
  type: 'imageProbs';
  requestId: number;
  /** The comparison's step the weights are at. */
  step: number;
  /** One per digits run this worker trains (a pool's merged answer: every digits run), in comparison order. */
  predictions: RunPredictions[];
}

export type FromWorker = ConfiguredMessage | ProgressMessage | BoundaryMessage | ErrorMessage | ImageProbsMessage;

/** Compile-time check that a switch handled every case. */
export function assertNever(x: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(x)}`);
}
