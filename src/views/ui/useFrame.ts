import { useState, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useLab, type LabState } from '../../state/store.ts';
import { createFrameClock, type FrameClock } from './frameClock.ts';
import { outOfSight, watchSight } from './inSight.ts';

/**
 * The parts of the store the views draw from, the counters included: while training, every change of the page's
 * text or pixels goes through the clock, so the frames it rests are really idle. A change elsewhere (speed,
 * notices, Play) leaves the views be.
 */
const VIEW_KEYS = ['runs', 'history', 'derived', 'live', 'boundary', 'grid', 'config', 'comparison', 'present', 'step', 'epoch', 'stepsPerSecond', 'examplesPerSecond'] as const;

/** What a view draws from: one consistent snapshot of the store's drawing data. */
export type ViewState = Pick<LabState, (typeof VIEW_KEYS)[number]>;

const pick = (s: LabState): ViewState => Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as ViewState;

/** Whether two states hold the same drawing data (every view key the same object). */
const sameView = (a: ViewState, b: ViewState): boolean => VIEW_KEYS.every((k) => a[k] === b[k]);

let clock: FrameClock<ViewState> | null = null;

/**
 * Runs callbacks in a task queued from an animation frame, i.e. once that frame's style, layout and paint are done
 * (a MessageChannel message: unlike setTimeout it is not clamped or delayed). Undefined where there is none.
 */
function afterRender(): ((run: () => void) => void) | undefined {
  if (typeof MessageChannel !== 'function') return undefined;
  const channel = new MessageChannel();
  let queued: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const run = queued;
    queued = [];
    for (const f of run) f();
  };
  return (run) => {
    queued.push(run);
    if (queued.length === 1) channel.port2.postMessage(null);
  };
}

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
    afterRender: afterRender(),
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
    this.state = pick(useLab.getState());
  }

  /** The view's least interval: slower while its box is out of sight (its words stay current; its canvases wait: inSight.ts). */
  get every(): number {
    const el = this.box?.current;
    return outOfSight(el) ? Math.max(this.base, OFFSCREEN_MS) : this.base;
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
