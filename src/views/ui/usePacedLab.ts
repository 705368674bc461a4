import { useState, useSyncExternalStore } from 'react';
import { useLab, type LabState } from '../../state/store.ts';
import { createPacer } from './pacer.ts';

/** The page's one pacer: heavy views take turns on animation frames (see pacer.ts). */
const pacer = createPacer((tick) => requestAnimationFrame(tick));

/** The parts of the store the heavy views draw from; a change elsewhere (step counter, speed, notices) leaves them be. */
const VIEW_KEYS = ['runs', 'history', 'live', 'boundary', 'grid', 'config', 'comparison', 'present'] as const;

/** What a heavy view may read: one consistent snapshot of the store's drawing data. */
export type ViewState = Pick<LabState, (typeof VIEW_KEYS)[number]>;

const pick = (s: LabState): ViewState => Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as ViewState;

/** Whether two states hold the same drawing data (every view key the same object). */
const sameView = (a: ViewState, b: ViewState): boolean => VIEW_KEYS.every((k) => a[k] === b[k]);

/** A view's copy of the store state: follows the store at once when paused, and in paced turns while training. */
class PacedView {
  private state = pick(useLab.getState());

  private readonly turn = () => {
    const next = useLab.getState();
    if (sameView(next, this.state)) return;
    this.state = pick(next);
    this.notify?.();
  };

  private notify: (() => void) | null = null;

  readonly subscribe = (notify: () => void) => {
    this.notify = notify;
    const now = useLab.getState();
    if (!sameView(now, this.state)) this.state = pick(now);
    const unsubscribe = useLab.subscribe((s, prev) => {
      // Only the drawing data asks for a turn; a step counter or speed change would waste one.
      if (sameView(s, prev)) return;
      if (s.playing || prev.playing) {
        // Training, or the moment it stops: the views take turns, so a Pause is answered before they redraw.
        pacer.request(this.turn);
      } else {
        // Stepped, reset or reconfigured while paused: the person is waiting for this view, so no queue.
        pacer.cancel(this.turn);
        this.turn();
      }
    });
    return () => {
      unsubscribe();
      pacer.cancel(this.turn);
      this.notify = null;
    };
  };

  readonly get = () => this.state;
}

/**
 * The store's drawing data as one consistent snapshot for a heavy view (charts, boundaries, network,
 * numbers). While training, the views take turns redrawing so that no frame carries all of them;
 * read light, urgent things (the step counter, Play) with `useLab` directly.
 */
export function usePacedLab(): ViewState {
  const [view] = useState(() => new PacedView());
  return useSyncExternalStore(view.subscribe, view.get);
}
