import type { BoundaryMessage, RunPredictions } from '../protocol.ts';
import type { RunSet } from './runSet.ts';
import { createCostThrottle } from './throttle.ts';

/** Least time between two decision-boundary grids. */
const BOUNDARY_INTERVAL_MS = 250;

/**
 * Decision-boundary grids, throttled by what they cost: at most every BOUNDARY_INTERVAL_MS, and ten
 * times as long apart as the last one took to compute, so they take at most ~10 % of the worker's time.
 */
export interface BoundaryPoster {
  /** True when a grid is due at now (ms). */
  due(now: number): boolean;
  /** Computes every run's class probabilities over the grid and posts them, their buffers transferred; at: when (ms), the next one is due from then. */
  post(at: number, set: RunSet): void;
}

/** A boundary poster that sends through post and times grids on now (ms); the first is due at once. */
export function createBoundaryPoster(
  post: (msg: BoundaryMessage, transfer: Transferable[]) => void,
  now: () => number,
): BoundaryPoster {
  const throttle = createCostThrottle(BOUNDARY_INTERVAL_MS);
  return {
    due: (t) => throttle.due(t),
    post(at, set) {
      const t0 = now();
      const res = set.grid.resolution;
      // A run's boundary is its seed 0's (the other seeds are summed up by the curves and the outcome panel); a 2-D grid
      // means nothing to a digits run (64 inputs): it gets none, and with only such runs nothing is posted.
      const flat = set.trained.filter((r) => !r.spec.seedIndex && r.spec.config.dataset !== 'digits');
      if (flat.length === 0) {
        throttle.done(at, 0);
        return;
      }
      const predictions: RunPredictions[] = flat.map((r) => {
        const outputs = r.trainer.network.spec.outputs;
        const probs = new Float32Array(res * res * outputs);
        r.trainer.boundary(set.grid, probs);
        return { id: r.spec.id, outputs, probs };
      });
      throttle.done(at, now() - t0);
      post(
        { type: 'boundary', step: set.step, grid: set.grid, predictions },
        predictions.map((m) => m.probs.buffer as ArrayBuffer),
      );
    },
  };
}
