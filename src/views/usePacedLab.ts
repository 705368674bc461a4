import { useState, useSyncExternalStore } from 'react';
import { useLab, type LabState } from '../state/store.ts';
import { createPacer } from './pacer.ts';

/** The page's one pacer: heavy views take turns on animation frames (see pacer.ts). */
const pacer = createPacer((tick) => requestAnimationFrame(tick));

/** A view's copy of the store state: follows the store at once when paused, and in paced turns while training. */
class PacedView {
  private state = useLab.getState();

  private readonly turn = () => {
    this.state = useLab.getState();
    this.notify?.();
  };

  private notify: (() => void) | null = null;

  readonly subscribe = (notify: () => void) => {
    this.notify = notify;
    this.state = useLab.getState();
    const unsubscribe = useLab.subscribe((s) => {
      if (s.playing) {
        pacer.request(this.turn);
      } else {
        // Paused, stepped, reset or reconfigured: the person is waiting for this view, so no queue.
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
 * The whole store state as one consistent snapshot for a heavy view (charts, boundaries, network,
 * numbers). While training, the views take turns redrawing so that no frame carries all of them;
 * read light, urgent things (the step counter, Play) with `useLab` directly.
 */
export function usePacedLab(): LabState {
  const [view] = useState(() => new PacedView());
  return useSyncExternalStore(view.subscribe, view.get);
}
