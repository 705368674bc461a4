import { askDescribe, reset, stepOnce } from '../../state/actions.ts';
import { togglePlayAndShow } from '../ui/showFocus.ts';
import { useShortcuts } from './useShortcuts.ts';

/**
 * The transport shortcuts (Space, S, R) and Describe now (D) inside an embedded lab, where the top bar that owns the
 * full set is hidden. Lesson keys stay off: the host page chose the lesson.
 */
export function EmbedShortcuts() {
  useShortcuts((action) => {
    if (action === 'togglePlay') togglePlayAndShow();
    else if (action === 'step') stepOnce();
    else if (action === 'reset') reset();
    else if (action === 'describe') askDescribe();
  });
  return null;
}
