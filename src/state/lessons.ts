import type { KnobKey, KnobValue, LabConfig, TrainMode } from '../protocol.ts';
import { DEFAULT_CONFIG } from './knobs.ts';
import type { OutcomeMetric } from './outcome.ts';

/** Which knob differs between the runs of a comparison, and its values (1–8 runs in all). */
export interface Comparison {
  knob: KnobKey | null;
  values: KnobValue[];
  /** Optional second knob for a 2-way grid (e.g. activation × dropout). */
  knob2?: KnobKey | null;
  values2?: KnobValue[];
}

/** The chapters, in teaching order (they follow the source text). Texts: lessons.chapter.<id>. */
export const CHAPTERS = ['depth', 'vanishing', 'overfitting', 'computation', 'realdata'] as const;
export type Chapter = (typeof CHAPTERS)[number];

/**
 * The panels of the page, by the `data-view` attribute of their root element: gradient chart, train/validation
 * curves, decision boundaries (on the digits: the image views), network diagram (and its step-through), layer health,
 * the compute table, the numbers table.
 */
export const VIEW_IDS = ['gradients', 'curves', 'boundary', 'network', 'health', 'compute', 'numbers', 'outcome'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** How long a lesson takes to make its point: training steps (lock-step) or wall-clock seconds (race mode). */
export type Horizon = { unit: 'steps'; value: number } | { unit: 'seconds'; value: number };

/** A preset: its configuration, the compared knob, and how long it takes to show its point. */
export interface Lesson {
  /** URL slug, the stable way to link a lesson; texts live in i18n under lessons.<id>. */
  id: string;
  chapter: Chapter;
  /** The views its "what to look for" text tells the learner to watch, in the order the text names them. */
  focus: readonly ViewId[];
  config: LabConfig;
  comparison: Comparison;
  /** The steps (or seconds) in which the point is made; Play pauses there and "what happened" is shown. */
  horizon: Horizon;
  /** Steps per second while Play plays the horizon (a `speed=` in the URL overrides it). */
  pace: number;
  /** Number of answer choices of the "predict first" question (texts: lessons.<id>.choice1…). */
  choices: number;
  /** 0-based index of the right choice. */
  answer: number;
  /** How the runs advance; default lock-step. The computation lessons race. */
  mode?: TrainMode;
  /** A race's finish line: the horizon also ends once every run has reached this validation accuracy. */
  target?: { valAcc: number };
  /**
   * A sweep that redraws a paper's figure: the compared knob over these values, each over `seeds` seeds, the
   * outcome panel (then a focus view, first) plotting `outcome` against the knob. "What happened" links to it.
   */
  sweep?: { values: KnobValue[]; seeds: number; outcome: OutcomeMetric };
}

/** Seeds a lesson's sweep trains each value over. */
const SWEEP_SEEDS = 10;

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

/** Steps the over-fitting lessons run before "what happened" is shown. */
const OVERFIT_STEPS = 800;
/** Their pace: the validation curves part near step 120 (seed 1), ~4 s after Play; 800 steps take 25 s. */
const OVERFIT_PACE = 32;

/** Steps of the digits chapter's deep-net lessons, and their pace (~25 s). */
const DIGITS_STEPS = 3000;
const DIGITS_PACE = 120;
/** Steps of its more-data lesson (the gaps are settled by then), and its pace. */
const DIGITS_DATA_STEPS = 1000;
const DIGITS_DATA_PACE = 40;
/**
 * Steps of its dropout lesson, and its pace. Without dropout the validation loss creeps up from step ~750; with both
 * kinds it sits lower from ~1,250 on. The errors differ by a few and move by a few from one check to the next
 * (seed 1, both kernels: 33–34 vs 28–29 at 2,000; 31–32 vs 31–32 at 3,000): the loss gap is the steadier sign.
 */
const DIGITS_DROPOUT_STEPS = 2000;
const DIGITS_DROPOUT_PACE = 80;

/** The digits chapter's base: 8×32 sigmoid (Xavier), plain SGD 0.1, batch 32, 1,000 training digits. */
const digits: LabConfig = {
  ...DEFAULT_CONFIG,
  dataset: 'digits',
  trainSize: 1000,
  depth: 8,
  width: 32,
  activation: 'sigmoid',
  init: 'xavier',
};

/** The digits' over-fitting base: 2×256 ReLU (He), Adam 1e-3, 300 training digits. */
const digitsOverfit: LabConfig = {
  ...digits,
  trainSize: 300,
  depth: 2,
  width: 256,
  activation: 'relu',
  init: 'he',
  optimizer: 'adam',
  learningRate: 1e-3,
};

/** The lessons, in teaching order. Measured starting points: DESIGN.md §7. */
export const LESSONS: readonly Lesson[] = [
  {
    // No hidden layer is logistic regression: one straight boundary, which cannot split XOR.
    id: 'onelayer',
    chapter: 'depth',
    focus: ['boundary', 'network'],
    config: { ...DEFAULT_CONFIG, dataset: 'xor', depth: 1, width: 8, activation: 'tanh' },
    comparison: { knob: 'depth', values: [0, 1] },
    horizon: { unit: 'steps', value: 2000 },
    pace: 100,
    choices: 3,
    answer: 1,
  },
  {
    // Chapter 1, after the one-layer XOR lesson. The step-through (network panel) traces run A; B is the same net
    // three times as deep. Measured, 10 seeds: A .98–.998 at 3,000 steps (90 % near step 1,500), B .50; B's
    // first-layer gradient at init 200–800× smaller than A's.
    id: 'backprop',
    chapter: 'depth',
    focus: ['network'],
    config: { ...DEFAULT_CONFIG, depth: 2, width: 3, activation: 'sigmoid', learningRate: 1 },
    comparison: { knob: 'depth', values: [2, 6] },
    horizon: { unit: 'steps', value: 3000 },
    pace: 120,
    choices: 3,
    answer: 2,
  },
  {
    // Sigmoid, Xavier, plain SGD: more layers, worse results — the paradox the next chapter explains.
    id: 'deeper',
    chapter: 'depth',
    focus: ['curves'],
    config: { ...DEFAULT_CONFIG, depth: 1, learningRate: 0.5 },
    comparison: { knob: 'depth', values: [1, 2, 4, 8] },
    horizon: { unit: 'steps', value: 3000 },
    pace: 150,
    choices: 3,
    answer: 2,
    sweep: { values: [1, 2, 4, 8], seeds: SWEEP_SEEDS, outcome: 'valAcc' },
  },
  {
    id: 'vanishing',
    chapter: 'vanishing',
    focus: ['gradients'],
    config: { ...DEFAULT_CONFIG },
    comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
    horizon: { unit: 'steps', value: 300 },
    pace: 12,
    choices: 3,
    answer: 1,
  },
  {
    id: 'loss',
    chapter: 'vanishing',
    focus: ['curves'],
    config: { ...DEFAULT_CONFIG, depth: 2, width: 8, activation: 'tanh', init: 'large' },
    comparison: { knob: 'loss', values: ['mse', 'ce'] },
    horizon: { unit: 'steps', value: 800 },
    pace: 40,
    choices: 3,
    answer: 2,
  },
  {
    id: 'init',
    chapter: 'vanishing',
    focus: ['gradients', 'boundary'],
    config: { ...DEFAULT_CONFIG, depth: 10, activation: 'relu', learningRate: 0.05 },
    comparison: { knob: 'init', values: ['small', 'he'] },
    horizon: { unit: 'steps', value: 300 },
    pace: 12,
    choices: 3,
    answer: 1,
  },
  {
    id: 'xavier',
    chapter: 'vanishing',
    focus: ['gradients', 'curves'],
    config: { ...DEFAULT_CONFIG, depth: 10, activation: 'tanh', init: 'xavier', learningRate: 0.05 },
    comparison: { knob: 'init', values: ['standard', 'xavier'] },
    horizon: { unit: 'steps', value: 800 },
    pace: 40,
    choices: 3,
    answer: 1,
  },
  {
    id: 'batchnorm',
    chapter: 'vanishing',
    focus: ['gradients', 'curves'],
    config: { ...DEFAULT_CONFIG, dataset: 'gaussians', learningRate: 0.5 },
    comparison: { knob: 'batchNorm', values: [false, true] },
    horizon: { unit: 'steps', value: 200 },
    pace: 8,
    choices: 3,
    answer: 2,
  },
  {
    id: 'overfitting',
    chapter: 'overfitting',
    focus: ['curves', 'boundary'],
    config: { ...overfit },
    comparison: { knob: 'width', values: [8, 64] },
    horizon: { unit: 'steps', value: OVERFIT_STEPS },
    pace: OVERFIT_PACE,
    choices: 3,
    answer: 0,
  },
  {
    id: 'dropout',
    chapter: 'overfitting',
    focus: ['curves'],
    config: { ...overfit },
    comparison: { knob: 'dropoutHidden', values: [0, 0.5] },
    // Dropout delays memorising rather than forbidding it: the gap is clearest around step 400.
    horizon: { unit: 'steps', value: 400 },
    pace: 25,
    choices: 3,
    answer: 2,
    // Srivastava et al. (2014), Fig. 9: validation loss against the hidden dropout rate.
    sweep: { values: [0, 0.2, 0.4, 0.5, 0.6, 0.8], seeds: SWEEP_SEEDS, outcome: 'valLoss' },
  },
  {
    id: 'l2',
    chapter: 'overfitting',
    focus: ['boundary', 'curves'],
    config: { ...overfit },
    comparison: { knob: 'l2', values: [0, 0.01] },
    horizon: { unit: 'steps', value: OVERFIT_STEPS },
    pace: OVERFIT_PACE,
    choices: 3,
    answer: 0,
  },
  {
    id: 'data',
    chapter: 'overfitting',
    focus: ['curves'],
    config: { ...overfit },
    comparison: { knob: 'trainSize', values: [25, 400] },
    horizon: { unit: 'steps', value: OVERFIT_STEPS },
    pace: OVERFIT_PACE,
    choices: 3,
    answer: 1,
    // Srivastava et al. (2014), Fig. 10: the gap between training and validation against N.
    sweep: { values: [25, 50, 100, 200, 400], seeds: SWEEP_SEEDS, outcome: 'gap' },
  },
  {
    // Plain JS, as the field had it: weights ×250 from width 16 to 256, steps/s ÷~100 (Node: 7,300 / 640 / 44).
    id: 'cost',
    chapter: 'computation',
    focus: ['compute'],
    config: { ...DEFAULT_CONFIG, depth: 8, activation: 'relu', init: 'he', learningRate: 0.02, kernels: 'js' },
    comparison: { knob: 'width', values: [16, 64, 256] },
    horizon: { unit: 'steps', value: 100 },
    pace: 5,
    choices: 3,
    answer: 2,
  },
  {
    // Batch norm: 90 % at step ~50 instead of ~700; SIMD: each step ~5–8× cheaper (8×64, batch 32).
    id: 'hardware',
    chapter: 'computation',
    focus: ['curves'],
    config: {
      ...DEFAULT_CONFIG, dataset: 'spiral', trainSize: 400, depth: 8, width: 64, activation: 'relu', init: 'he', learningRate: 0.05,
    },
    comparison: { knob: 'kernels', values: ['js', 'simd'], knob2: 'batchNorm', values2: [false, true] },
    horizon: { unit: 'seconds', value: 30 },
    target: { valAcc: 0.9 },
    mode: 'race',
    pace: 1000,
    choices: 3,
    answer: 2,
  },
  // Real data (issue #24): each earlier claim checked again on the 8×8 digits; the boundary view shows images here.
  {
    id: 'digits-vanishing',
    chapter: 'realdata',
    focus: ['gradients', 'boundary'],
    config: { ...digits, init: 'he' },
    comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
    horizon: { unit: 'steps', value: DIGITS_STEPS },
    pace: DIGITS_PACE,
    choices: 3,
    answer: 1,
  },
  {
    id: 'digits-deeper',
    chapter: 'realdata',
    focus: ['curves', 'boundary'],
    config: { ...digits, depth: 1 },
    comparison: { knob: 'depth', values: [1, 2, 4, 8] },
    horizon: { unit: 'steps', value: DIGITS_STEPS },
    pace: DIGITS_PACE,
    choices: 3,
    answer: 2,
  },
  {
    id: 'digits-dropout',
    chapter: 'realdata',
    focus: ['curves', 'boundary'],
    config: { ...digitsOverfit },
    comparison: { knob: 'dropoutHidden', values: [0, 0.5], knob2: 'dropoutInput', values2: [0, 0.2] },
    horizon: { unit: 'steps', value: DIGITS_DROPOUT_STEPS },
    pace: DIGITS_DROPOUT_PACE,
    choices: 3,
    answer: 2,
  },
  {
    id: 'digits-data',
    chapter: 'realdata',
    focus: ['curves', 'boundary'],
    config: { ...digitsOverfit, trainSize: 50 },
    comparison: { knob: 'trainSize', values: [50, 200, 1000] },
    horizon: { unit: 'steps', value: DIGITS_DATA_STEPS },
    pace: DIGITS_DATA_PACE,
    choices: 3,
    answer: 1,
  },
  {
    id: 'digits-batchnorm',
    chapter: 'realdata',
    focus: ['curves', 'boundary'],
    config: { ...digits },
    comparison: { knob: 'batchNorm', values: [false, true] },
    horizon: { unit: 'steps', value: DIGITS_STEPS },
    pace: DIGITS_PACE,
    choices: 3,
    answer: 2,
  },
];

/** The lesson a bare URL opens: sigmoid vs ReLU, the lab's starting point whatever comes before it. */
export const DEFAULT_LESSON: Lesson = LESSONS.find((l) => l.id === 'vanishing') ?? LESSONS[0];

/** The lessons of one chapter, in teaching order. */
export function chapterLessons(chapter: Chapter): Lesson[] {
  return LESSONS.filter((l) => l.chapter === chapter);
}

/** The chapters that have lessons, in teaching order (a chapter with none is left out). */
export function activeChapters(): Chapter[] {
  return CHAPTERS.filter((c) => LESSONS.some((l) => l.chapter === c));
}

/** Where a lesson sits: its chapter's 1-based number among the active chapters, its place in the chapter, and in all. */
export interface LessonPlace {
  chapter: Chapter;
  chapterNumber: number;
  chapterCount: number;
  /** 1-based within the chapter. */
  inChapter: number;
  chapterSize: number;
  /** 1-based over all lessons: the number `lesson=<n>` takes. */
  number: number;
  total: number;
}

/** The place of a lesson in the teaching order. */
export function lessonPlace(lesson: Lesson): LessonPlace {
  const chapters = activeChapters();
  const siblings = chapterLessons(lesson.chapter);
  return {
    chapter: lesson.chapter,
    chapterNumber: chapters.indexOf(lesson.chapter) + 1,
    chapterCount: chapters.length,
    inChapter: siblings.indexOf(lesson) + 1,
    chapterSize: siblings.length,
    number: LESSONS.indexOf(lesson) + 1,
    total: LESSONS.length,
  };
}

/** The horizon in steps, or null when it is measured in seconds (race mode). */
export function horizonSteps(lesson: Lesson): number | null {
  return lesson.horizon.unit === 'steps' ? lesson.horizon.value : null;
}

/**
 * A lesson by slug or by 1-based number, or undefined. Numbers follow the teaching order
 * (chapter by chapter) and shift when lessons are added; slugs are the stable form.
 */
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

/** True when the comparison and seeds are a lesson's sweep (its knob over the sweep's values, more than one seed). */
export function inSweep(lesson: Lesson, comparison: Comparison, seeds: number): boolean {
  const sw = lesson.sweep;
  return !!sw && seeds > 1 && comparison.knob === lesson.comparison.knob && !comparison.knob2 && sameValues(comparison.values, sw.values);
}

/** Where the runs of a lesson stand: each run's seconds of training and latest validation accuracy. */
export interface RaceStanding {
  seconds: number;
  valAcc: number;
}

/**
 * True once a lesson has made its point: its steps are done (lock-step), or every run has trained
 * its seconds (race), or every run has reached the lesson's target accuracy.
 */
export function horizonReached(lesson: Lesson, step: number, runs: readonly RaceStanding[]): boolean {
  if (lesson.horizon.unit === 'steps') return step >= lesson.horizon.value;
  if (runs.length === 0) return false;
  const target = lesson.target;
  if (target && runs.every((r) => r.valAcc >= target.valAcc)) return true;
  return runs.every((r) => r.seconds >= lesson.horizon.value);
}
