import type { RunSet } from './runSet.ts';
import { trainRun } from './training.ts';

/** Longest stretch of training between two looks at the message queue, in ms. */
const SLICE_MS = 14;
/** Most steps in one slice, whatever the clock says. */
const MAX_STEPS_PER_SLICE = 2000;

/** How much lock-step training one slice does: as much as fits, or what a set speed makes due. */
export interface Pace {
  /** Counts the pace from now (Play). */
  restart(): void;
  /** Steps per second; null, 0, a negative or NaN: as fast as slices allow. Counts the pace from now. */
  setSpeed(stepsPerSecond: number | null): void;
  /**
   * One slice begun at t0 (ms): calls step while canStep allows, at full speed up to SLICE_MS and
   * MAX_STEPS_PER_SLICE, at a set speed the steps due since the pace began (a late slice catches up).
   */
  slice(t0: number, canStep: () => boolean, step: () => void): void;
  /** Ms to wait before the next slice of one begun at t0: none at full speed, the rest of a step's time at a set speed. */
  wait(t0: number): number;
}

/** A pace on the clock now (ms), at full speed until a speed is set. */
export function createPace(now: () => number): Pace {
  /** Steps per second, or null: as fast as slices allow. */
  let stepsPerSecond: number | null = null;
  /** When the pace was last counted from (ms), and the steps taken at it since. */
  let start = 0;
  let taken = 0;

  const restart = () => {
    start = now();
    taken = 0;
  };

  return {
    restart,
    setSpeed(sps) {
      stepsPerSecond = sps === null || !(sps > 0) ? null : sps;
      restart();
    },
    slice(t0, canStep, step) {
      if (stepsPerSecond === null) {
        let n = 0;
        while (n++ < MAX_STEPS_PER_SLICE && canStep()) {
          step();
          if (now() - t0 >= SLICE_MS) break;
        }
      } else {
        const due = Math.floor(((t0 - start) * stepsPerSecond) / 1000) - taken;
        for (let i = 0; i < due && now() - t0 < SLICE_MS && canStep(); i++) {
          step();
          taken++;
        }
      }
    },
    wait(t0) {
      return stepsPerSecond === null ? 0 : Math.max(0, 1000 / stepsPerSecond - (now() - t0));
    },
  };
}

/**
 * A race slice: each run still training gets an equal share of SLICE_MS (at least one step, at most
 * MAX_STEPS_PER_SLICE), so each advances as fast as its own cost allows; the comparison's step is the furthest run's.
 */
export function raceSlice(set: RunSet, now: () => number): void {
  const active = set.trained.filter((r) => !r.divergence);
  const share = SLICE_MS / Math.max(1, active.length);
  for (const r of active) {
    const t0 = now();
    let n = 0;
    do trainRun(r, now);
    while (++n < MAX_STEPS_PER_SLICE && !r.divergence && now() - t0 < share);
  }
  set.step = Math.max(set.step, ...set.trained.map((r) => r.step));
}
