import { isRecordedStep } from '../history.ts';
import { recordPoint, type Run } from './run.ts';
import type { RunSet } from './runSet.ts';

/**
 * One training step of one run, its time (now: ms) added to the run's seconds, evaluation excluded.
 * A non-finite loss marks the run diverged; on a recorded step so do non-finite weights, else it
 * records a history point.
 */
export function trainRun(r: Run, now: () => number): void {
  const t0 = now();
  const loss = r.trainer.step();
  r.seconds += (now() - t0) / 1000;
  r.step++;
  r.lastLoss = loss;
  const lr = r.spec.config.learningRate;
  if (!Number.isFinite(loss)) {
    r.divergence = { step: r.step, reason: 'lossNonFinite', learningRate: lr };
  } else if (isRecordedStep(r.step)) {
    if (r.trainer.hasNonFinite()) r.divergence = { step: r.step, reason: 'weightsNonFinite', learningRate: lr };
    else recordPoint(r, r.step);
  }
}

/** One lock-step step of the comparison: every run still training takes it; a diverged run's count keeps up. */
export function trainLockStep(set: RunSet, now: () => number): void {
  set.step++;
  for (const r of set.trained) {
    if (r.divergence) r.step = set.step;
    else trainRun(r, now);
  }
}

/** True when this worker has runs and every one of them diverged. */
export function allDiverged(set: RunSet): boolean {
  return set.trained.length > 0 && set.trained.every((r) => r.divergence);
}
