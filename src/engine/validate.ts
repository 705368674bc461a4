import type {
  Activation, Dataset, InitName, LossName, NetworkSpec, OptimizerName, OutputActivation, TrainerSpec,
} from './types.ts';

/** Every name the engine knows, typed against its unions (a missing or extra name is a compile error). */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'] as const satisfies readonly Activation[];
export const OUTPUT_ACTIVATIONS = ['sigmoid', 'softmax'] as const satisfies readonly OutputActivation[];
export const LOSSES = ['bce', 'mse', 'softmaxCe'] as const satisfies readonly LossName[];
export const INITS = ['zero', 'small', 'standard', 'xavier', 'he', 'large'] as const satisfies readonly InitName[];
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const satisfies readonly OptimizerName[];

// Compile-time check the other way round: each union has no member the lists miss.
type Covers<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
const covered: [
  Covers<typeof ACTIVATIONS, Activation>, Covers<typeof OUTPUT_ACTIVATIONS, OutputActivation>,
  Covers<typeof LOSSES, LossName>, Covers<typeof INITS, InitName>, Covers<typeof OPTIMIZERS, OptimizerName>,
] = [true, true, true, true, true];
void covered;

/** A value as a message shows it: strings quoted, everything else as JSON (NaN and ±Infinity by name). */
function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number') return String(v);
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
}

function fail(what: string, v: unknown, want: string): never {
  throw new RangeError(`${what} ${show(v)} is not ${want}`);
}

function oneOf<T extends string>(what: string, v: unknown, names: readonly T[]): void {
  if (!(names as readonly unknown[]).includes(v)) fail(what, v, `one of ${names.join(', ')}`);
}

function width(what: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(what, v, 'an integer ≥ 1');
}

function finite(what: string, v: unknown, min = -Infinity): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    fail(what, v, min === -Infinity ? 'a finite number' : `a finite number ≥ ${min}`);
  }
}

/** A drop probability p in [0, 1): p = 1 would drop every unit (and scale by 1/0). */
export function checkDropout(what: string, p: unknown): void {
  if (typeof p !== 'number' || !(p >= 0 && p < 1)) fail(what, p, 'in [0, 1)');
}

/** The L2 coefficient λ ≥ 0. */
export function checkL2(l2: unknown): void {
  finite('l2', l2, 0);
}

/** The learning rate η ≥ 0 (0 freezes the weights). */
export function checkLearningRate(lr: unknown): void {
  finite('learningRate', lr, 0);
}

/** Throws a RangeError naming the first field of spec the engine cannot build; returns the output activation. */
export function validateNetworkSpec(spec: NetworkSpec): OutputActivation {
  width('inputs', spec.inputs);
  width('outputs', spec.outputs);
  if (!Array.isArray(spec.hidden)) fail('hidden', spec.hidden, 'an array of widths');
  spec.hidden.forEach((w, i) => width(`hidden[${i}]`, w));
  oneOf('activation', spec.activation, ACTIVATIONS);
  oneOf('loss', spec.loss, LOSSES);
  if (spec.outputActivation !== undefined) oneOf('outputActivation', spec.outputActivation, OUTPUT_ACTIVATIONS);
  const out: OutputActivation = spec.outputActivation ?? (spec.loss === 'softmaxCe' ? 'softmax' : 'sigmoid');
  if ((spec.loss === 'softmaxCe') !== (out === 'softmax')) {
    throw new RangeError(`loss '${spec.loss}' does not go with a '${out}' output`);
  }
  if (out === 'softmax' && spec.outputs < 2) {
    throw new RangeError(`a softmax output needs ≥ 2 outputs, got outputs ${spec.outputs}`);
  }
  oneOf('init', spec.init, INITS);
  if (typeof spec.batchNorm !== 'boolean') fail('batchNorm', spec.batchNorm, 'true or false');
  if (spec.dropout === null || typeof spec.dropout !== 'object') fail('dropout', spec.dropout, '{ input, hidden }');
  checkDropout('dropout.input', spec.dropout.input);
  checkDropout('dropout.hidden', spec.dropout.hidden);
  checkL2(spec.l2);
  finite('seed', spec.seed);
  return out;
}

/** Throws a RangeError naming the first field of spec, or the shape of train, the engine cannot train. */
export function validateTrainerSpec(spec: TrainerSpec, train: Dataset): void {
  validateNetworkSpec(spec.network);
  oneOf('optimizer', spec.optimizer, OPTIMIZERS);
  checkLearningRate(spec.learningRate);
  finite('batchSize', spec.batchSize, 1);
  if (spec.momentum !== undefined && !(spec.momentum >= 0 && spec.momentum < 1)) {
    fail('momentum', spec.momentum, 'in [0, 1)');
  }
  if (!(train.n >= 1)) fail('training-set size', train.n, '≥ 1 (the training set is empty)');
  if (train.inputs !== spec.network.inputs || train.outputs !== spec.network.outputs) {
    throw new RangeError(`the training set has ${train.inputs} inputs and ${train.outputs} outputs, `
      + `the network ${spec.network.inputs} and ${spec.network.outputs}`);
  }
}
