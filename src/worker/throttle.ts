/**
 * A schedule for work that is optional and costly (boundary grids, image statistics): due at most every minMs,
 * and ten times as long apart as the last one took, so it takes at most ~10 % of the worker's time.
 */
export interface CostThrottle {
  /** True when the work is due at now (ms). */
  due(now: number): boolean;
  /** The work was done at `at` (ms) and took `cost` ms: the next is due from then. */
  done(at: number, cost: number): void;
}

/** A throttle whose first run is due at once. */
export function createCostThrottle(minMs: number): CostThrottle {
  let last = -Infinity;
  let cost = 0;
  return {
    due: (t) => t - last >= Math.max(minMs, cost * 10),
    done(at, c) {
      last = at;
      cost = c;
    },
  };
}
