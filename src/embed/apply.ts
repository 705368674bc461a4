import { pause, play, reset, restoreSetup, setComparison, setKnob, setLesson, setSeeds, stepOnce } from '../state/actions.ts';
import { restorePrediction } from '../state/predictions.ts';
import { loadOwnData } from '../state/ownDataActions.ts';
import { asHost } from './learning.ts';
import type { EmbedCommand } from './messages.ts';
import { snapshotComparison, type LabSnapshot } from './snapshot.ts';

/** Most steps one `step` message to the worker trains (the worker's own cap). */
const WORKER_STEP_CHUNK = 10_000;

/** Restores a validated snapshot: its setup at step 0, its prediction, and with replay the same steps again (same seed, same numbers). */
export function restoreSnapshot(s: LabSnapshot, replay: boolean): void {
  restoreSetup(s.lesson, s.config, snapshotComparison(s.comparison), s.data);
  restorePrediction(s.lesson, s.prediction.choice, s.prediction.revealed);
  if (!replay) return;
  for (let left = s.step; left > 0; left -= WORKER_STEP_CHUNK) stepOnce(Math.min(WORKER_STEP_CHUNK, left));
}

/**
 * Carries out a validated host command with the lab's own actions (getState is answered by the bridge). What it
 * changes is the host's doing, not the learner's: no `interacted` or `answered` learning event.
 */
export function applyCommand(c: Exclude<EmbedCommand, { type: 'getState' }>): void {
  asHost(() => runCommand(c));
}

function runCommand(c: Exclude<EmbedCommand, { type: 'getState' }>): void {
  switch (c.type) {
    case 'play':
      return play();
    case 'pause':
      return pause();
    case 'reset':
      return reset();
    case 'step':
      return stepOnce(c.count);
    case 'setState':
      return restoreSnapshot(c.state, c.replay);
    case 'set':
      if ('key' in c) return setKnob(c.key, c.value);
      if ('lesson' in c) return setLesson(c.lesson);
      if ('seeds' in c) return setSeeds(c.seeds);
      return setComparison({ knob: c.compare, values: c.values });
    case 'setData':
      return loadOwnData(c.data, { fitN: true });
  }
}
