/**
 * Spreads the redraws of the heavy views over animation frames while training runs.
 *
 * Every view that wants new data asks for a turn; each frame hands out up to `perFrame` turns in
 * the order they were asked (a view that just redrew queues behind the others). `perFrame` adapts
 * to what the machine manages: a frame that took longer than SLOW_MS halves it (at least one view
 * still redraws every frame), and CALM_FRAMES quick frames in a row add one back. A light
 * comparison keeps every view at display rate; eight deep runs take turns instead of piling all
 * their redraws into one 50 ms task.
 */

/** A frame that took longer than this (ms, two display frames at 60 Hz would be 33) counts as slow. */
export const SLOW_MS = 24;
/** Quick frames in a row before one more view may redraw per frame. */
export const CALM_FRAMES = 20;
/** Empty frames the pacer keeps ticking through before it rests. */
export const IDLE_FRAMES = 10;
/** Upper bound of turns per frame: more than there are views, so a light load never waits. */
export const MAX_PER_FRAME = 8;

/** Hands out turns; `request` is idempotent while a turn is pending. */
export interface Pacer {
  /** Queues `turn` (once) for an upcoming frame. */
  request(turn: () => void): void;
  /** Drops a pending turn (the view unmounted or no longer needs it). */
  cancel(turn: () => void): void;
  /** Turns handed out per frame just now (for tests and tools). */
  perFrame(): number;
}

/** A pacer over a frame scheduler (`requestAnimationFrame` in the page, a fake in tests). */
export function createPacer(onFrame: (tick: (now: number) => void) => void): Pacer {
  const queue = new Set<() => void>();
  let perFrame = MAX_PER_FRAME;
  let calm = 0;
  let last = -1;
  let scheduled = false;
  let idle = 0;

  const tick = (now: number) => {
    scheduled = false;
    if (last >= 0) {
      if (now - last > SLOW_MS) {
        perFrame = Math.max(1, perFrame >> 1);
        calm = 0;
      } else if (++calm >= CALM_FRAMES) {
        perFrame = Math.min(MAX_PER_FRAME, perFrame + 1);
        calm = 0;
      }
    }
    let left = perFrame;
    for (const turn of queue) {
      if (left-- <= 0) break;
      queue.delete(turn);
      turn();
    }
    // The pacer keeps ticking for a few empty frames so that consecutive ticks measure frame
    // lengths; after that it stops, and an idle gap never counts as a slow frame.
    idle = queue.size > 0 ? 0 : idle + 1;
    if (idle < IDLE_FRAMES) {
      last = now;
      schedule();
    } else {
      last = -1;
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    onFrame(tick);
  };

  return {
    request(turn) {
      queue.add(turn);
      idle = 0;
      schedule();
    },
    cancel(turn) {
      queue.delete(turn);
    },
    perFrame: () => perFrame,
  };
}
