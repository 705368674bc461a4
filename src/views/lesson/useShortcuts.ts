import { useEffect, useRef } from 'react';
import { activatesOnSpace, shortcutOf, showsFocusRing, takesKeys, type ShortcutAction } from './shortcuts.ts';

/**
 * Listens for the classroom shortcuts on the window and calls `run` with their action.
 * Keys typed into fields are left alone. Space on a button reached by keyboard activates that
 * button only; on a button focused by a click (no focus ring) it drops the focus and plays/pauses,
 * so one press never toggles twice.
 */
export function useShortcuts(run: (action: ShortcutAction) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = shortcutOf(e);
      if (!action) return;
      const target = e.target instanceof Element ? e.target : null;
      if (takesKeys(target)) return;
      if (action === 'togglePlay' && target && activatesOnSpace(target)) {
        if (showsFocusRing(target)) return;
        (target as HTMLElement).blur();
      }
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
