import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DigitsLoadError } from '../../src/engine/index.ts';
import type { ConfiguredMessage, ErrorMessage, ImageProbsMessage, LabConfig, RunSpec } from '../../src/protocol.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { digits } from '../engine/digitsFile.ts';
import { makeWorker } from './harness.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Two digits runs (sigmoid vs ReLU, 2×16) on 200 training digits. */
function digitRuns(over: Partial<LabConfig> = {}): RunSpec[] {
  const base: LabConfig = {
    ...DEFAULT_CONFIG, dataset: 'digits', depth: 2, width: 16, trainSize: 200, loss: 'ce', init: 'he',
    optimizer: 'sgd', learningRate: 0.1, batchSize: 32, batchNorm: false, dropoutInput: 0, dropoutHidden: 0, l2: 0, ...over,
  };
  return [
    { id: 'A', label: 'sigmoid', config: { ...base, activation: 'sigmoid' } },
    { id: 'B', label: 'relu', config: { ...base, activation: 'relu' } },
  ];
}

/** Lets pending promise callbacks (a load, its continuation) run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

// Order matters: the digits are loaded once per module, so the failing load comes before the first good one.
describe('a worker asked for digits runs', () => {
  it('posts a typed error naming the problem when the file cannot be used, and builds nothing', async () => {
    const w = makeWorker(undefined, { loadDigits: () => Promise.reject(new DigitsLoadError('checksum', 'the digits data is corrupt')) });
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'play' });
    await settle();
    const errors = w.posted.filter((m): m is ErrorMessage => m.type === 'error');
    expect(errors).toEqual([{ type: 'error', message: 'the digits data is corrupt', data: { dataset: 'digits', problem: 'checksum' } }]);
    expect(w.posted.some((m) => m.type === 'configured')).toBe(false);
  });

  it('waits for the digits, then builds 64-input, 10-output runs and handles what arrived meanwhile in order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const w = makeWorker(undefined, { loadDigits: () => gate.then(digits) });
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'step', count: 3 });
    expect(w.posted).toEqual([]);
    release();
    await vi.waitFor(() => expect(w.posted.some((m) => m.type === 'configured')).toBe(true));
    const configured = w.posted.find((m): m is ConfiguredMessage => m.type === 'configured')!;
    expect(configured.runs.map((r) => r.layerSizes)).toEqual([[64, 16, 16, 10], [64, 16, 16, 10]]);
    expect(configured.runs.map((r) => [r.classes, r.train.n, r.val.n])).toEqual([[10, 200, 597], [10, 200, 597]]);
    expect(configured.runs[0].val.x.length).toBe(597 * 64);
    expect(w.lastProgress().step).toBe(3);
  });

  it('adds image statistics to progress only while watched: predictions, gallery, confusion and first-layer weights', async () => {
    await digits();
    const w = makeWorker();
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'step', count: 20 });
    expect(w.progress().some((p) => p.updates.some((u) => u.images))).toBe(false);
    w.handle({ type: 'watchImages', on: true });
    const update = w.lastProgress().updates[1];
    const rep = update.images!;
    expect(rep.step).toBe(20);
    expect(rep.predicted.length).toBe(597);
    expect(rep.galleryProbs.length).toBe(48 * 10);
    expect(rep.confusion.length).toBe(100);
    expect(rep.confusion.reduce((a, b) => a + b, 0)).toBe(597);
    expect(rep.firstLayer.units).toBe(16);
    expect(rep.firstLayer.W.length).toBe(16 * 64);
    const configured = w.posted.find((m): m is ConfiguredMessage => m.type === 'configured')!;
    const labels = configured.runs[1].val.labels;
    // Each gallery image: probabilities sum to 1 and the predicted class is the most probable one.
    for (let i = 0; i < 48; i++) {
      const p = Array.from(rep.galleryProbs.subarray(i * 10, i * 10 + 10));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(p.indexOf(Math.max(...p))).toBe(rep.predicted[i]);
    }
    // The confusion matrix counts (true label, predicted) pairs and its diagonal is the validation accuracy.
    let right = 0;
    for (let i = 0; i < 597; i++) if (rep.predicted[i] === labels[i]) right++;
    let diag = 0;
    for (let c = 0; c < 10; c++) diag += rep.confusion[c * 11];
    expect(diag).toBe(right);
    const point = w.progress().flatMap((p) => p.updates[1].points).find((q) => q.step === 20)!;
    expect(right / 597).toBeCloseTo(point.valAcc, 10);
    // Sent once per step: the next progress without a new step carries none; off stops them.
    w.handle({ type: 'pause' });
    expect(w.lastProgress().updates[1].images).toBeUndefined();
    w.handle({ type: 'watchImages', on: false });
    w.handle({ type: 'step', count: 5 });
    expect(w.lastProgress().updates[1].images).toBeUndefined();
  });

  it('classifies a drawn digit with every digits run, and names a bad drawing', async () => {
    await digits();
    const w = makeWorker();
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'step', count: 10 });
    const pixels = new Float32Array(64);
    for (let r = 1; r < 7; r++) pixels[r * 8 + 4] = 1; // a vertical stroke: a "1"
    w.handle({ type: 'evaluateImage', requestId: 7, pixels });
    const answer = w.posted.find((m): m is ImageProbsMessage => m.type === 'imageProbs')!;
    expect(answer.requestId).toBe(7);
    expect(answer.step).toBe(10);
    expect(answer.predictions.map((p) => [p.id, p.outputs, p.probs.length])).toEqual([['A', 10, 10], ['B', 10, 10]]);
    for (const p of answer.predictions) expect(Array.from(p.probs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    w.handle({ type: 'evaluateImage', requestId: 8, pixels: new Float32Array(63) });
    w.handle({ type: 'evaluateImage', requestId: 9, pixels: new Float32Array(64).fill(2) });
    const errors = w.posted.filter((m): m is ErrorMessage => m.type === 'error').map((m) => m.message);
    expect(errors).toEqual([
      'a drawn digit needs 64 pixels (a Float32Array), got 63',
      'pixel 0 of the drawn digit is 2, not in [0, 1]',
    ]);
  });

  it('computes no decision-boundary grid for digits runs (a 2-D grid means nothing to 64 inputs)', async () => {
    await digits();
    const w = makeWorker();
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'step', count: 5 });
    expect(w.posted.some((m) => m.type === 'boundary')).toBe(false);
  });

  it('gives every watched run a report at the step it stopped at, even when the last round was under 250 ms ago', async () => {
    await digits();
    const w = makeWorker();
    w.handle({ type: 'configure', specs: digitRuns() });
    w.handle({ type: 'watchImages', on: true });
    w.handle({ type: 'step', count: 3 });
    w.handle({ type: 'step', count: 4 });
    // No clock moved between the two steps: only the forced flush of each step can have made the second report.
    expect(w.lastProgress().updates.map((u) => u.images?.step)).toEqual([7, 7]);
  });
});
