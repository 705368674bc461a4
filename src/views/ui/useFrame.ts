import { useState, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useLab } from '../../state/store.ts';
import { pageClock, sameView, viewStateNow, type ViewState } from '../../state/stream.ts';
import { outOfSight, watchSight } from './inSight.ts';

export type { ViewState };

/** Least ms between two redraws of text that changes with training (readouts, summaries): four a second can be read. */
export const TEXT_MS = 250;

/** Least ms between two redraws of a view scrolled out of sight while training (paused, it settles at once like any). */
export const OFFSCREEN_MS = 1000;

/** One view's copy of the clock's snapshot. */
class FrameView {
  private state: ViewState;
  private notify: (() => void) | null = null;

  constructor(
    private readonly base: number,
    private readonly box: RefObject<Element | null> | undefined,
  ) {
    this.state = viewStateNow();
  }

  /** The view's least interval: slower while its box is out of sight (its words stay current; its canvases wait: inSight.ts). */
  get every(): number {
    const el = this.box?.current;
    return outOfSight(el) ? Math.max(this.base, OFFSCREEN_MS) : this.base;
  }

  readonly draw = (timed: boolean) => {
    const next = pageClock().snapshot();
    if (sameView(next, this.state)) return false;
    this.state = next;
    // A timed draw renders completely before it returns (the clock learns its cost); settling lets React batch.
    if (timed) flushSync(() => this.notify?.());
    else this.notify?.();
    return true;
  };

  readonly subscribe = (notify: () => void) => {
    this.notify = notify;
    const c = pageClock();
    const remove = c.add(this);
    const el = this.box?.current;
    const unobserve = el ? watchSight(el) : () => {};
    if (useLab.getState().playing) c.invalidate();
    else c.settle();
    return () => {
      remove();
      unobserve();
      this.notify = null;
    };
  };

  readonly get = () => this.state;
}

/**
 * The store's drawing data for a view (charts, boundaries, network, numbers), from the page's one frame
 * clock: while training, the views redraw on animation frames within a shared budget, all from the same
 * snapshot; while paused, at once. `every` (ms) is the least time between two redraws while training,
 * for text that changes too fast to read. `box`: the view's element; while it is scrolled out of sight the view
 * redraws at most every OFFSCREEN_MS. Read light, urgent things (the step counter, Play) with `useLab`.
 */
export function useFrame(every = 0, box?: RefObject<Element | null>): ViewState {
  const [view] = useState(() => new FrameView(every, box));
  return useSyncExternalStore(view.subscribe, view.get);
}

/** Redraws every view from the store's newest data at once, training or not (an export wants the page as it is now). */
export function settleViews(): void {
  pageClock().settle();
}
