/**
 * The one table of knobs: every fact about each knob of a run, in one row. It sits beside protocol.ts
 * (the worker reads the live flags; the UI the rest); its text keys are checked against the English
 * messages in state/knobs.ts, since this layer knows no texts.
 */
import type { KnobKey, LabConfig } from './protocol.ts';

/** The control groups, in the order the controls show them (`?controls=` names them too). */
export const KNOB_GROUP_NAMES = ['data', 'network', 'training', 'regularisation'] as const;
export type KnobGroupName = (typeof KNOB_GROUP_NAMES)[number];

/** How a numeric knob maps to a range input: linear over its domain, an index into stops, or a number field (no slider). */
export type SliderScale = { scale: 'linear' } | { scale: 'stops'; stops: readonly number[] } | { scale: 'field' };

/** What every row says besides its domain: where it is shown, whether it changes a training run in place, its texts. */
interface RowFacts {
  group: KnobGroupName;
  /** True: the worker applies a new value to the running runs (Trainer.setHyper); false: it rebuilds them. */
  live: boolean;
  /** Message key of the knob's name. */
  label: string;
  /** Message key of its one-line hint. */
  hint: string;
  /** True: it shapes the built-in 2-D data sets only (own data and the digits are taken as given, so the control is off with them). */
  builtInDataOnly?: boolean;
}

/** A row for a knob whose values are V: options of V's union, on/off, or a bounded number with its slider. */
export type KnobRow<V> = RowFacts &
  ([V] extends [boolean]
    ? { kind: 'bool' }
    : [V] extends [number]
      ? { kind: 'number'; min: number; max: number; step: number; log?: boolean; integer?: boolean; slider: SliderScale }
      : { kind: 'enum'; options: readonly V[] });

/** 1, 2, 3, 5 × each power of ten from 10^lo to 10^hi (the last decade ends at 10^hi). */
export function decadeStops(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = lo; e < hi; e++) for (const m of [1, 2, 3, 5]) out.push(Number((m * 10 ** e).toPrecision(3)));
  out.push(Number((10 ** hi).toPrecision(3)));
  return out;
}

const LINEAR = { scale: 'linear' } as const;
/** Log-spaced stops for a knob spanning decades; every lesson value is one of them. */
const stops = (list: readonly number[]) => ({ scale: 'stops', stops: list }) as const;

/**
 * Every knob, one row each. Row order is the order of the URL's parameters, of the compare menu and,
 * within a group, of the controls. Enum options are typed by the engine's unions (see OPTIONS_COMPLETE).
 */
export const KNOB_TABLE = {
  dataset: {
    kind: 'enum', options: ['circles', 'xor', 'gaussians', 'spiral', 'moons', 'spiral3', 'digits', 'own'],
    group: 'data', live: false, label: 'knob.dataset', hint: 'controls.hint.dataset',
  },
  noise: {
    kind: 'number', min: 0, max: 0.5, step: 0.01, slider: LINEAR,
    group: 'data', live: false, label: 'knob.noise', hint: 'controls.hint.noise', builtInDataOnly: true,
  },
  labelNoise: {
    kind: 'number', min: 0, max: 0.45, step: 0.01, slider: LINEAR,
    group: 'data', live: false, label: 'knob.labelNoise', hint: 'controls.hint.labelNoise', builtInDataOnly: true,
  },
  trainSize: {
    kind: 'number', min: 10, max: 5000, step: 1, integer: true, log: true,
    slider: stops([10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1500, 2000, 3000, 4000, 5000]),
    group: 'data', live: false, label: 'knob.trainSize', hint: 'controls.hint.trainSize',
  },
  depth: {
    kind: 'number', min: 0, max: 20, step: 1, integer: true, slider: LINEAR,
    group: 'network', live: false, label: 'knob.depth', hint: 'controls.hint.depth',
  },
  width: {
    kind: 'number', min: 1, max: 256, step: 1, integer: true, log: true,
    slider: stops([1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]),
    group: 'network', live: false, label: 'knob.width', hint: 'controls.hint.width',
  },
  activation: {
    kind: 'enum', options: ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'],
    group: 'network', live: false, label: 'knob.activation', hint: 'controls.hint.activation',
  },
  init: {
    kind: 'enum', options: ['zero', 'small', 'standard', 'xavier', 'he', 'large'],
    group: 'network', live: false, label: 'knob.init', hint: 'controls.hint.init',
  },
  loss: {
    kind: 'enum', options: ['ce', 'mse'],
    group: 'network', live: false, label: 'knob.loss', hint: 'controls.hint.loss',
  },
  batchNorm: {
    kind: 'bool',
    group: 'network', live: false, label: 'knob.batchNorm', hint: 'controls.hint.batchNorm',
  },
  dropoutInput: {
    kind: 'number', min: 0, max: 0.9, step: 0.05, slider: LINEAR,
    group: 'regularisation', live: true, label: 'knob.dropoutInput', hint: 'controls.hint.dropoutInput',
  },
  dropoutHidden: {
    kind: 'number', min: 0, max: 0.9, step: 0.05, slider: LINEAR,
    group: 'regularisation', live: true, label: 'knob.dropoutHidden', hint: 'controls.hint.dropoutHidden',
  },
  l2: {
    kind: 'number', min: 0, max: 0.1, step: 0.0001, slider: stops([0, ...decadeStops(-5, -1)]),
    group: 'regularisation', live: true, label: 'knob.l2', hint: 'controls.hint.l2',
  },
  optimizer: {
    kind: 'enum', options: ['sgd', 'momentum', 'adam'],
    group: 'training', live: false, label: 'knob.optimizer', hint: 'controls.hint.optimizer',
  },
  learningRate: {
    kind: 'number', min: 1e-5, max: 10, step: 1e-5, log: true, slider: stops(decadeStops(-5, 1)),
    group: 'training', live: true, label: 'knob.learningRate', hint: 'controls.hint.learningRate',
  },
  batchSize: {
    kind: 'number', min: 1, max: 1000, step: 1, integer: true, log: true,
    slider: stops([1, 2, 4, 8, 16, 25, 32, 50, 64, 100, 128, 200, 256, 500, 1000]),
    group: 'training', live: false, label: 'knob.batchSize', hint: 'controls.hint.batchSize',
  },
  // A slider makes no sense for the seed: a number field.
  seed: {
    kind: 'number', min: 0, max: 2 ** 31 - 1, step: 1, integer: true, slider: { scale: 'field' },
    group: 'training', live: false, label: 'knob.seed', hint: 'controls.hint.seed',
  },
  kernels: {
    kind: 'enum', options: ['simd', 'js'],
    group: 'training', live: false, label: 'knob.kernels', hint: 'controls.hint.kernels',
  },
} as const satisfies { readonly [K in KnobKey]: KnobRow<LabConfig[K]> };

/** The knobs whose values are options. */
type EnumKey = { [K in KnobKey]: LabConfig[K] extends string ? K : never }[KnobKey];
/** Members of an enum knob's union (e.g. the engine's OptimizerName) that its row leaves out. */
type Unlisted = { [K in EnumKey]: Exclude<LabConfig[K], (typeof KNOB_TABLE)[K]['options'][number]> }[EnumKey];
/** Compile-time: every enum row lists every member of its union (one left out makes `true` fail to compile, naming it). */
export const OPTIONS_COMPLETE: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;

/** The table seen one row at a time (for code that takes any knob). */
export const KNOB_ROWS: { readonly [K in KnobKey]: KnobRow<LabConfig[K]> } = KNOB_TABLE;

/** Every knob, in row order. */
export const KNOB_KEYS = Object.keys(KNOB_TABLE) as KnobKey[];

/** True when a and b differ only in live knobs (the worker keeps the runs' weights). */
export function differsOnlyLive(a: LabConfig, b: LabConfig): boolean {
  return KNOB_KEYS.every((key) => a[key] === b[key] || KNOB_ROWS[key].live);
}
