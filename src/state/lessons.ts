import type { KnobKey, KnobValue, LabConfig } from '../protocol.ts';
import { DEFAULT_CONFIG } from './knobs.ts';

/** Which knob differs between the runs of a comparison, and its values (1–8 runs in all). */
export interface Comparison {
  knob: KnobKey | null;
  values: KnobValue[];
  /** Optional second knob for a 2-way grid (e.g. activation × dropout). */
  knob2?: KnobKey | null;
  values2?: KnobValue[];
}

/** A preset: its configuration, the compared knob, and how long it takes to show its point. */
export interface Lesson {
  /** URL slug; texts live in i18n under lessons.<id>. */
  id: string;
  config: LabConfig;
  comparison: Comparison;
  /** Steps after which the effect is clear and "what happened" is shown. */
  steps: number;
  /** Number of answer choices of the "predict first" question (texts: lessons.<id>.choice1…). */
  choices: number;
  /** 0-based index of the right choice. */
  answer: number;
}

const overfit: LabConfig = {
  ...DEFAULT_CONFIG,
  dataset: 'moons',
  noise: 0.1,
  labelNoise: 0.15,
  trainSize: 40,
  depth: 3,
  width: 64,
  activation: 'relu',
  init: 'xavier',
  optimizer: 'adam',
  // Adam 1e-3 over-fits within ~800 full-batch steps (DESIGN §7 measured 3e-4 over 2k): the same picture, sooner.
  learningRate: 1e-3,
  batchSize: 1000,
};

/** Steps the over-fitting lessons (5–8) run before "what happened" is shown. */
const OVERFIT_STEPS = 800;

/** The lessons, in teaching order. Measured starting points: DESIGN.md §7. */
export const LESSONS: readonly Lesson[] = [
  {
    id: 'vanishing',
    config: { ...DEFAULT_CONFIG },
    comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
    steps: 1500,
    choices: 3,
    answer: 1,
  },
  {
    id: 'loss',
    config: { ...DEFAULT_CONFIG, depth: 2, width: 8, activation: 'tanh', init: 'large' },
    comparison: { knob: 'loss', values: ['mse', 'ce'] },
    steps: 1000,
    choices: 3,
    answer: 2,
  },
  {
    id: 'init',
    config: { ...DEFAULT_CONFIG, depth: 10, activation: 'relu', learningRate: 0.05 },
    comparison: { knob: 'init', values: ['small', 'he'] },
    steps: 1500,
    choices: 3,
    answer: 1,
  },
  {
    id: 'xavier',
    config: { ...DEFAULT_CONFIG, depth: 10, activation: 'tanh', init: 'xavier', learningRate: 0.05 },
    comparison: { knob: 'init', values: ['standard', 'xavier'] },
    steps: 1000,
    choices: 3,
    answer: 1,
  },
  {
    id: 'batchnorm',
    config: { ...DEFAULT_CONFIG, dataset: 'gaussians', learningRate: 0.5 },
    comparison: { knob: 'batchNorm', values: [false, true] },
    steps: 2000,
    choices: 3,
    answer: 2,
  },
  {
    id: 'overfitting',
    config: { ...overfit },
    comparison: { knob: 'width', values: [8, 64] },
    steps: OVERFIT_STEPS,
    choices: 3,
    answer: 0,
  },
  {
    id: 'dropout',
    config: { ...overfit },
    comparison: { knob: 'dropoutHidden', values: [0, 0.5] },
    // Dropout delays memorising rather than forbidding it: the gap is clearest around step 400.
    steps: 400,
    choices: 3,
    answer: 2,
  },
  {
    id: 'l2',
    config: { ...overfit },
    comparison: { knob: 'l2', values: [0, 0.01] },
    steps: OVERFIT_STEPS,
    choices: 3,
    answer: 0,
  },
  {
    id: 'data',
    config: { ...overfit },
    comparison: { knob: 'trainSize', values: [25, 400] },
    steps: OVERFIT_STEPS,
    choices: 3,
    answer: 1,
  },
];

/** The lesson a bare URL opens (lesson 1). */
export const DEFAULT_LESSON = LESSONS[0];

/** A lesson by slug or by 1-based number, or undefined. */
export function findLesson(key: string): Lesson | undefined {
  const n = Number(key);
  if (Number.isInteger(n) && n >= 1 && n <= LESSONS.length) return LESSONS[n - 1];
  return LESSONS.find((l) => l.id === key.toLowerCase());
}

function sameValues(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** True when a configuration and comparison are exactly the lesson's (every knob, the compared knob(s) and values). */
export function matchesLesson(lesson: Lesson, config: LabConfig, comparison: Comparison): boolean {
  for (const key of Object.keys(lesson.config) as (keyof LabConfig)[]) {
    if (config[key] !== lesson.config[key]) return false;
  }
  const c = lesson.comparison;
  return (
    comparison.knob === c.knob &&
    sameValues(comparison.values, c.values) &&
    (comparison.knob2 ?? null) === (c.knob2 ?? null) &&
    sameValues(comparison.values2, c.values2)
  );
}
