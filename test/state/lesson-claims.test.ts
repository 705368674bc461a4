import { describe, expect, it } from 'vitest';
import { createTrainer, makeData } from '../../src/engine/index.ts';
import { findLesson, LESSONS, type Lesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { isRecordedStep } from '../../src/worker/history.ts';
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
  /** ‖∂L/∂W‖ of the first hidden layer over the last hidden layer, at initialisation and at the end. */
  gradRatioInit: number;
  gradRatioEnd: number;
}

/** Trains every run of a lesson exactly as the worker builds it (same data, specs, seed 1) for the lesson's steps. */
function runLesson(lesson: Lesson): Outcome[] {
  return runSpecs(lesson.config, lesson.comparison).map((spec) => {
    const { train, val } = makeData(dataSpecOf(spec.config));
    const trainer = createTrainer(trainerSpecOf(spec.config), train);
    const ratio = (l: { gradNorm: number }[]) => l[0].gradNorm / l[l.length - 2].gradNorm;
    const gradRatioInit = ratio(probeStats(trainer, train));
    let stepsTo90 = Infinity;
    for (let s = 1; s <= lesson.steps; s++) {
      trainer.step();
      if (stepsTo90 === Infinity && isRecordedStep(s) && trainer.evaluate(val).accuracy >= 0.9) stepsTo90 = s;
    }
    const tr = trainer.evaluate(train);
    const va = trainer.evaluate(val);
    return {
      trainLoss: tr.loss,
      valLoss: va.loss,
      valAcc: va.accuracy,
      gap: va.loss - tr.loss,
      stepsTo90,
      gradRatioInit,
      gradRatioEnd: ratio(trainer.layerStats()),
    };
  });
}

function lesson(id: string): Lesson {
  const l = findLesson(id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l;
}

describe('each lesson shows its claim at its default seed', () => {
  it('every lesson starts from seed 1 and compares exactly two runs', () => {
    for (const l of LESSONS) {
      expect(l.config.seed, l.id).toBe(1);
      expect(runSpecs(l.config, l.comparison), l.id).toHaveLength(2);
    }
  });

  it('vanishing: the deep sigmoid net’s first layer gets a tiny share of the gradient and it stays at chance, ReLU learns', () => {
    const [sigmoid, relu] = runLesson(lesson('vanishing'));
    expect(sigmoid.gradRatioInit).toBeLessThan(1e-3);
    expect(sigmoid.gradRatioInit).toBeLessThan(relu.gradRatioInit / 1000);
    expect(sigmoid.gradRatioEnd).toBeLessThan(relu.gradRatioEnd / 1000);
    expect(relu.valAcc).toBeGreaterThan(0.9);
    expect(Math.abs(sigmoid.valAcc - 0.5)).toBeLessThan(0.05);
  });

  it('loss: cross-entropy reaches 90 % validation accuracy in well under the steps squared error needs', () => {
    const [mse, ce] = runLesson(lesson('loss'));
    expect(ce.stepsTo90).toBeLessThan(lesson('loss').steps);
    expect(ce.stepsTo90 * 2).toBeLessThan(mse.stepsTo90);
  });

  it('init: a deep ReLU net started from tiny weights stays at chance, He initialisation learns', () => {
    const [small, he] = runLesson(lesson('init'));
    expect(Math.abs(small.valAcc - 0.5)).toBeLessThan(0.05);
    expect(he.valAcc).toBeGreaterThan(0.9);
  });

  it('batchnorm: the deep sigmoid net stalls without batch norm and learns with it', () => {
    const [without, withBn] = runLesson(lesson('batchnorm'));
    expect(without.valAcc).toBeLessThan(0.6);
    expect(withBn.valAcc).toBeGreaterThan(0.9);
  });

  it('overfitting: the big net fits the training set and its validation gap is far larger than the small net’s', () => {
    const [small, big] = runLesson(lesson('overfitting'));
    expect(big.trainLoss).toBeLessThan(0.05);
    expect(big.gap).toBeGreaterThan(1);
    expect(big.gap).toBeGreaterThan(2 * small.gap);
  });

  it('dropout: hidden dropout at least halves the gap of the same big net', () => {
    const [plain, dropped] = runLesson(lesson('dropout'));
    expect(plain.gap).toBeGreaterThan(1);
    expect(dropped.gap).toBeLessThan(plain.gap / 2);
  });

  it('l2: the weight penalty shrinks the gap to under a third', () => {
    const [plain, penalised] = runLesson(lesson('l2'));
    expect(plain.gap).toBeGreaterThan(1);
    expect(penalised.gap).toBeLessThan(plain.gap / 3);
  });

  it('data: with N = 400 the gap is several times smaller than with N = 25, on the same validation set', () => {
    const [few, many] = runLesson(lesson('data'));
    expect(few.gap).toBeGreaterThan(1);
    expect(many.gap).toBeLessThan(few.gap / 4);
    expect(many.valLoss).toBeLessThan(few.valLoss);
  });
});
