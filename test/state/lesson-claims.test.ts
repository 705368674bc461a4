import { describe, expect, it } from 'vitest';
import { createTrainer, defaultGrid, makeData, type KernelKind } from '../../src/engine/index.ts';
import { KINDS } from '../engine/helpers.ts';
import { findLesson, LESSONS, type Lesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { isRecordedStep } from '../../src/history.ts';
import { probeStats } from '../../src/worker/probe.ts';
import { dataSpecOf, trainerSpecOf } from '../../src/worker/specs.ts';

/** What one run of a lesson shows after its steps, measured as the app measures it. */
interface Outcome {
  trainLoss: number;
  valLoss: number;
  valAcc: number;
  /** Validation-loss minus training-loss at the end: the generalisation gap. */
  gap: number;
  /** First recorded step with validation accuracy ≥ 90 %, or Infinity. */
  stepsTo90: number;
  /** Lowest validation loss over the recorded steps, and its step. */
  bestValLoss: number;
  bestStep: number;
  /** ‖∂L/∂W‖ of the first hidden layer at initialisation. */
  gradFirstInit: number;
  /** ‖∂L/∂W‖ of the first hidden layer over the last hidden layer, at initialisation and at the end. */
  gradRatioInit: number;
  gradRatioEnd: number;
  /** Grid cells (48×48 over the data) whose predicted class differs from the next cell's: a measure of how long and wiggly the boundary is. */
  boundaryEdges: number;
  /** ‖W‖ over every layer's weights (Frobenius) at the end. */
  weightNorm: number;
  /** Most times one row or column of the 48×48 boundary grid changes class: a straight boundary crosses each at most once. */
  maxCrossings: number;
}

/** The most class changes along any one row or column of the grid (p = 0.5, two classes). */
function maxCrossings(probs: Float32Array, res: number): number {
  let most = 0;
  for (let i = 0; i < res; i++) {
    let row = 0;
    let col = 0;
    for (let j = 1; j < res; j++) {
      if (probs[i * res + j] > 0.5 !== probs[i * res + j - 1] > 0.5) row++;
      if (probs[j * res + i] > 0.5 !== probs[(j - 1) * res + i] > 0.5) col++;
    }
    most = Math.max(most, row, col);
  }
  return most;
}

/** Counts horizontal and vertical neighbours on the boundary grid that fall on different sides of p = 0.5 (two classes). */
function boundaryEdges(probs: Float32Array, res: number): number {
  let edges = 0;
  for (let r = 0; r < res; r++) {
    for (let c = 0; c < res; c++) {
      const side = probs[r * res + c] > 0.5;
      if (c + 1 < res && side !== probs[r * res + c + 1] > 0.5) edges++;
      if (r + 1 < res && side !== probs[(r + 1) * res + c] > 0.5) edges++;
    }
  }
  return edges;
}

/** Trains every run of a lesson exactly as the worker builds it (same data, specs, seed 1) for the lesson's steps, on the given kernels. */
function runLesson(lesson: Lesson, kernels: KernelKind): Outcome[] {
  return runSpecs(lesson.config, lesson.comparison).map((spec) => {
    const { train, val } = makeData(dataSpecOf(spec.config));
    const trainer = createTrainer({ ...trainerSpecOf(spec.config), kernels }, train);
    // First hidden layer over last hidden layer; NaN with no hidden layer (nothing to compare).
    const ratio = (l: { gradNorm: number }[]) => (l.length >= 2 ? l[0].gradNorm / l[l.length - 2].gradNorm : NaN);
    const probe = probeStats(trainer, train);
    const gradRatioInit = ratio(probe);
    let stepsTo90 = Infinity;
    let bestValLoss = Infinity;
    let bestStep = 0;
    for (let s = 1; s <= lesson.horizon.value; s++) {
      trainer.step();
      if (!isRecordedStep(s)) continue;
      const v = trainer.evaluate(val);
      if (stepsTo90 === Infinity && v.accuracy >= 0.9) stepsTo90 = s;
      if (v.loss < bestValLoss) {
        bestValLoss = v.loss;
        bestStep = s;
      }
    }
    const tr = trainer.evaluate(train);
    const va = trainer.evaluate(val);
    const grid = defaultGrid(48);
    const probs = trainer.boundary(grid, new Float32Array(48 * 48 * trainer.network.spec.outputs));
    return {
      trainLoss: tr.loss,
      valLoss: va.loss,
      valAcc: va.accuracy,
      gap: va.loss - tr.loss,
      stepsTo90,
      bestValLoss,
      bestStep,
      gradFirstInit: probe[0].gradNorm,
      gradRatioInit,
      gradRatioEnd: ratio(trainer.layerStats()),
      boundaryEdges: boundaryEdges(probs, 48),
      maxCrossings: maxCrossings(probs, 48),
      weightNorm: Math.hypot(...trainer.network.layers.flatMap((l) => Array.from(l.W))),
    };
  });
}

function lesson(id: string): Lesson {
  const l = findLesson(id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l;
}

describe.each(KINDS)('each lesson shows its claim at its default seed (%s kernels)', (kernels) => {
  it('every lesson starts from seed 1 and compares two runs (the depth sweeps and the digits’ dropout grid four; the computation chapter three and four; the digits’ data sweep three)', () => {
    const wide: Record<string, number> = { deeper: 4, cost: 3, hardware: 4, 'digits-deeper': 4, 'digits-dropout': 4, 'digits-data': 3 };
    for (const l of LESSONS) {
      expect(l.config.seed, l.id).toBe(1);
      const runs = wide[l.id] ?? 2;
      expect(runSpecs(l.config, l.comparison), l.id).toHaveLength(runs);
    }
  });

  it('onelayer: with no hidden layer XOR stays near chance behind one straight boundary; one hidden layer of tanh solves it', () => {
    const [flat, hidden] = runLesson(lesson('onelayer'), kernels);
    expect(flat.valAcc).toBeLessThan(0.6);
    expect(hidden.valAcc).toBeGreaterThan(0.95);
    // A straight line crosses each row and column of the grid at most once; the hidden layer's boundary bends.
    expect(flat.maxCrossings).toBeLessThanOrEqual(1);
    expect(hidden.maxCrossings).toBeGreaterThanOrEqual(2);
    expect(hidden.stepsTo90).toBeLessThan(lesson('onelayer').horizon.value / 2);
  });

  it('deeper: the same sigmoid net learns at depth 1, less at 2, and stays at chance at 4 and 8', () => {
    const [d1, d2, d4, d8] = runLesson(lesson('deeper'), kernels);
    expect(d1.valAcc).toBeGreaterThan(0.95);
    expect(d2.valAcc).toBeGreaterThan(0.8);
    expect(d2.valAcc).toBeLessThan(0.93);
    expect(Math.abs(d4.valAcc - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(d8.valAcc - 0.5)).toBeLessThan(0.05);
    expect(d1.stepsTo90).toBeLessThan(lesson('deeper').horizon.value);
  });

  it('vanishing: the deep sigmoid net’s first layer gets a tiny share of the gradient and it stays at chance, ReLU learns', () => {
    const [sigmoid, relu] = runLesson(lesson('vanishing'), kernels);
    expect(sigmoid.gradRatioInit).toBeLessThan(1e-3);
    expect(sigmoid.gradRatioInit).toBeLessThan(relu.gradRatioInit / 1000);
    expect(sigmoid.gradRatioEnd).toBeLessThan(relu.gradRatioEnd / 1000);
    expect(relu.valAcc).toBeGreaterThan(0.9);
    expect(Math.abs(sigmoid.valAcc - 0.5)).toBeLessThan(0.05);
  });

  it('loss: cross-entropy reaches 90 % validation accuracy in well under the steps squared error needs', () => {
    const [mse, ce] = runLesson(lesson('loss'), kernels);
    expect(ce.stepsTo90).toBeLessThan(lesson('loss').horizon.value);
    expect(ce.stepsTo90 * 2).toBeLessThan(mse.stepsTo90);
  });

  it('init: a deep ReLU net started from tiny weights stays at chance, He initialisation learns', () => {
    const [small, he] = runLesson(lesson('init'), kernels);
    expect(Math.abs(small.valAcc - 0.5)).toBeLessThan(0.05);
    expect(he.valAcc).toBeGreaterThan(0.9);
  });

  it('xavier: ten tanh layers from ±1/√n start with gradients a hundred times smaller and stay near chance; Xavier learns', () => {
    const [standard, xavier] = runLesson(lesson('xavier'), kernels);
    expect(standard.gradFirstInit * 50).toBeLessThan(xavier.gradFirstInit);
    // Output ≈ 0.5 everywhere: the loss sits at ln 2 while the accuracy drifts around chance.
    expect(standard.valLoss).toBeGreaterThan(0.68);
    expect(standard.valAcc).toBeLessThan(0.7);
    expect(xavier.valAcc).toBeGreaterThan(0.95);
    expect(xavier.stepsTo90).toBeLessThan(lesson('xavier').horizon.value / 2);
  });

  it('batchnorm: the deep sigmoid net stalls without batch norm and learns with it', () => {
    const [without, withBn] = runLesson(lesson('batchnorm'), kernels);
    expect(without.valAcc).toBeLessThan(0.6);
    expect(withBn.valAcc).toBeGreaterThan(0.9);
  });

  it('overfitting: the big net fits the training set and its validation gap is far larger than the small net’s', () => {
    const [small, big] = runLesson(lesson('overfitting'), kernels);
    expect(big.trainLoss).toBeLessThan(0.05);
    expect(big.gap).toBeGreaterThan(1);
    expect(big.gap).toBeGreaterThan(2 * small.gap);
    // The prediction's answer: the big net's validation loss falls at first, then climbs.
    expect(big.bestStep).toBeLessThan(lesson('overfitting').horizon.value / 4);
    expect(big.valLoss).toBeGreaterThan(2 * big.bestValLoss);
    // The text: the gap is in the loss; validation accuracy is about 70 % for both.
    for (const r of [small, big]) expect(Math.abs(r.valAcc - 0.7)).toBeLessThan(0.05);
  });

  it('dropout: hidden dropout at least halves the gap of the same big net', () => {
    const [plain, dropped] = runLesson(lesson('dropout'), kernels);
    expect(plain.gap).toBeGreaterThan(1);
    expect(dropped.gap).toBeLessThan(plain.gap / 2);
    expect(dropped.valLoss).toBeLessThan(plain.valLoss);
    // The text: accuracy rises only a little (about 70 % → 72 %).
    expect(dropped.valAcc - plain.valAcc).toBeGreaterThan(0);
    expect(dropped.valAcc - plain.valAcc).toBeLessThan(0.05);
  });

  it('l2: the weight penalty shrinks the gap to under a third and draws a shorter, smoother boundary', () => {
    const [plain, penalised] = runLesson(lesson('l2'), kernels);
    expect(plain.gap).toBeGreaterThan(1);
    expect(penalised.gap).toBeLessThan(plain.gap / 3);
    // The title: the penalty keeps the weights small. The prediction's answer: a smoother, here shorter, boundary.
    expect(penalised.weightNorm).toBeLessThan(plain.weightNorm / 2);
    expect(penalised.boundaryEdges).toBeLessThan(plain.boundaryEdges);
    // The text: validation accuracy moves only a couple of points.
    expect(Math.abs(penalised.valAcc - plain.valAcc)).toBeLessThan(0.05);
  });

  it('data: with N = 400 the gap is several times smaller than with N = 25, on the same validation set', () => {
    const [few, many] = runLesson(lesson('data'), kernels);
    expect(few.gap).toBeGreaterThan(1);
    expect(many.gap).toBeLessThan(few.gap / 4);
    expect(many.valLoss).toBeLessThan(few.valLoss);
    // The text: validation accuracy rises from about 75 % to 80 %.
    expect(Math.abs(few.valAcc - 0.75)).toBeLessThan(0.03);
    expect(Math.abs(many.valAcc - 0.8)).toBeLessThan(0.03);
  });
});
