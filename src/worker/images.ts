import { DIGITS } from '../engine/digits.ts';
import type { EvaluateImageMessage, ImageProbsMessage, ImageReport, RunPredictions } from '../protocol.ts';
import type { Run } from './run.ts';
import type { RunSet } from './runSet.ts';
import { createCostThrottle } from './throttle.ts';

/** Validation images whose probabilities a report carries: the first GALLERY_SIZE. */
export const GALLERY_SIZE = 48;
/** First-layer units whose weights a report carries, at most. */
export const FIRST_LAYER_UNITS = 32;
/** Least time between two rounds of image statistics (as boundary grids). */
const IMAGES_INTERVAL_MS = 250;

/** True for a run on the digits (image inputs). */
export function isImageRun(r: Run): boolean {
  return r.spec.config.dataset === 'digits';
}

/** A run's image statistics at its current step: one evaluation-mode pass over the validation images. */
export function imageReport(r: Run): ImageReport {
  const { val } = r;
  const net = r.trainer.network;
  const m = net.spec.outputs;
  const probs = net.predict(val.x, val.n);
  const predicted = new Uint8Array(val.n);
  const confusion = new Uint32Array(m * m);
  for (let i = 0; i < val.n; i++) {
    let best = 0;
    for (let j = 1; j < m; j++) if (probs[i * m + j] > probs[i * m + best]) best = j;
    predicted[i] = best;
    confusion[val.labels[i] * m + best]++;
  }
  const gallery = Math.min(GALLERY_SIZE, val.n);
  const first = net.layers[0];
  const units = Math.min(first.outputs, FIRST_LAYER_UNITS);
  return {
    step: r.step,
    predicted,
    galleryProbs: probs.slice(0, gallery * m),
    confusion,
    firstLayer: { units, W: first.W.slice(0, units * first.inputs) },
  };
}

/** Image statistics while the page watches them: each digits run's report, at most every 250 ms and ~10 % of the worker's time. */
export interface ImageWatch {
  /** Turns the statistics on or off (off drops any report not yet sent). */
  set(on: boolean, set: RunSet): void;
  /**
   * When on and due at now (ms), or forced (a pause, a step, the horizon: the views must show the weights as they
   * stopped): computes a report for every digits run whose step moved, for its next progress.
   */
  update(set: RunSet, force?: boolean): void;
}

/** An image watch, off, timing itself on now (ms). */
export function createImageWatch(now: () => number): ImageWatch {
  let on = false;
  const throttle = createCostThrottle(IMAGES_INTERVAL_MS);
  const lastStep = new Map<Run, number>();
  return {
    set(value, set) {
      on = value;
      lastStep.clear();
      if (!on) for (const r of set.trained) r.images = undefined;
    },
    update(set, force = false) {
      if (!on) return;
      const t0 = now();
      if (!force && !throttle.due(t0)) return;
      let any = false;
      for (const r of set.trained) {
        if (!isImageRun(r) || lastStep.get(r) === r.step) continue;
        r.images = imageReport(r);
        lastStep.set(r, r.step);
        any = true;
      }
      if (any) throttle.done(t0, now() - t0);
    },
  };
}

/** Every digits run's 10 class probabilities for a drawn image; a RangeError naming the problem for a bad image. */
export function evaluateImage(msg: EvaluateImageMessage, set: RunSet): ImageProbsMessage {
  const px = msg.pixels;
  if (!(px instanceof Float32Array) || px.length !== DIGITS.pixels) {
    throw new RangeError(`a drawn digit needs ${DIGITS.pixels} pixels (a Float32Array), got ${px instanceof Float32Array ? px.length : typeof px}`);
  }
  for (let i = 0; i < px.length; i++) {
    if (!(px[i] >= 0 && px[i] <= 1)) throw new RangeError(`pixel ${i} of the drawn digit is ${px[i]}, not in [0, 1]`);
  }
  const predictions: RunPredictions[] = set.trained.filter(isImageRun).map((r) => {
    const outputs = r.trainer.network.spec.outputs;
    return { id: r.spec.id, outputs, probs: r.trainer.network.predict(px, 1).slice(0, outputs) };
  });
  return { type: 'imageProbs', requestId: msg.requestId, step: set.step, predictions };
}
