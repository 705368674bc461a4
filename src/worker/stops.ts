import type { TrainMode } from '../protocol.ts';

/**
 * Where playing stops or waits: a pool's lock-step limit, which holds training until it rises, and
 * the step Play was told to pause at.
 */
export interface Stops {
  /** True while lock-step training waits at the limit (as of the last slice). */
  readonly held: boolean;
  /** True when the limit bars training at step. */
  atLimit(step: number): boolean;
  /** True when step is the step to pause at, or past it. */
  reached(step: number): boolean;
  /** The step to pause at (null: none). */
  pauseAt(until: number | null): void;
  /** A new limit (null: none) at the comparison's step; true when it frees training held at the old one. */
  setLimit(limit: number | null, step: number): boolean;
  /** After a slice: held when lock-step training stands at the limit; true when it was not held before. */
  hold(step: number, mode: TrainMode): boolean;
  /** Not held (new runs). */
  release(): void;
}

/** No limit, not held, no step to pause at. */
export function createStops(): Stops {
  /** A pool's bound: no run trains past this step (null: none). */
  let limit: number | null = null;
  /** True while lock-step training waits at the limit. */
  let held = false;
  /** The step at which playing stops by itself (null: none). */
  let until: number | null = null;

  const atLimit = (step: number) => limit !== null && step >= limit;

  return {
    get held() {
      return held;
    },
    atLimit,
    reached: (step) => until !== null && step >= until,
    pauseAt(next) {
      until = next;
    },
    setLimit(next, step) {
      limit = next;
      if (!held || atLimit(step)) return false;
      held = false;
      return true;
    },
    hold(step, mode) {
      const was = held;
      held = mode === 'lockstep' && atLimit(step);
      return held && !was;
    },
    release() {
      held = false;
    },
  };
}
