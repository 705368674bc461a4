import { useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useLab, type LabState } from '../../state/store.ts';
import { createFrameClock, type FrameClock } from './frameClock.ts';

/** The parts of the store the views draw from; a change elsewhere (step counter, speed, notices) leaves them be. */
const VIEW_KEYS = ['runs', 'history', 'derived', 'live', 'boundary', 'grid', 'config', 'comparison', 'present'] as const;

/** What a view draws from: one consistent snapshot of the store's drawing data. */
export type ViewState = Pick<LabState, (typeof VIEW_KEYS)[number]>;

const pick = (s: LabState): ViewState => Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as ViewState;

/** Whether two states hold the same drawing data (every view key the same object). */
const sameView = (a: ViewState, b: ViewState): boolean => VIEW_KEYS.every((k) => a[k] === b[k]);

let clock: FrameClock<ViewState> | null = null;

/** The page's one frame clock, made on first use, fed by the store (see frameClock.ts). */
function pageClock(): FrameClock<ViewState> {
  if (clock) return clock;
  const c = createFrameClock<ViewState>({
    onFrame: (tick) => requestAnimationFrame(tick),
    now: () => performance.now(),
    read: () => pick(useLab.getState()),
    same: sameView,
    streaming: () => useLab.getState().playing,
    sync: (run) => flushSync(run),
  });
  useLab.subscribe((s, prev) => {
    if (sameView(pick(s), pick(prev))) return;
    // Training, or the moment it stops: frames decide, so a Pause is answered before the views redraw.
    if (s.playing || prev.playing) c.invalidate();
    // Stepped, reset or reconfigured while paused: the person is waiting for the views, so no queue.
    else c.settle();
  });
  clock = c;
  return c;
}

/** One view's copy of the clock's snapshot. */
class FrameView {
  private state: ViewState;
  private notify: (() => void) | null = null;

  constructor(readonly every: number) {
    this.state = pick(useLab.getState());
  }

  readonly draw = () => {
    const next = pageClock().snapshot();
    if (sameView(next, this.state)) return false;
    this.state = next;
    this.notify?.();
    return true;
  };

  readonly subscribe = (notify: () => void) => {
    this.notify = notify;
    const c = pageClock();
    const remove = c.add(this);
    if (useLab.getState().playing) c.invalidate();
    else c.settle();
    return () => {
      remove();
      this.notify = null;
    };
  };

  readonly get = () => this.state;
}

/**
 * The store's drawing data for a view (charts, boundaries, network, numbers), from the page's one frame
 * clock: while training, the views redraw on animation frames within a shared budget, all from the same
 * snapshot; while paused, at once. `every` (ms) is the least time between two redraws while training,
 * for text that changes too fast to read. Read light, urgent things (the step counter, Play) with `useLab`.
 */
export function useFrame(every = 0): ViewState {
  const [view] = useState(() => new FrameView(every));
  return useSyncExternalStore(view.subscribe, view.get);
}
