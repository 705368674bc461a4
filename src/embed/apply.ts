import { pause, play, reset, setComparison, setKnob, setLesson, stepOnce } from '../state/actions.ts';
import type { EmbedCommand } from './messages.ts';

/** Carries out a validated host command with the lab's own actions. */
export function applyCommand(c: EmbedCommand): void {
  switch (c.type) {
    case 'play':
      return play();
    case 'pause':
      return pause();
    case 'reset':
      return reset();
    case 'step':
      return stepOnce(c.count);
    case 'set':
      if ('key' in c) return setKnob(c.key, c.value);
      if ('lesson' in c) return setLesson(c.lesson);
      return setComparison({ knob: c.compare, values: c.values });
  }
}
