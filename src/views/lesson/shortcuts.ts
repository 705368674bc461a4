/** What a classroom shortcut does. */
export type ShortcutAction = 'togglePlay' | 'step' | 'reset' | 'prevLesson' | 'nextLesson' | 'describe' | 'help';

/** The parts of a keydown event a shortcut depends on. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const BY_KEY: Record<string, ShortcutAction> = {
  ' ': 'togglePlay',
  s: 'step',
  S: 'step',
  r: 'reset',
  R: 'reset',
  d: 'describe',
  D: 'describe',
  ArrowLeft: 'prevLesson',
  ArrowRight: 'nextLesson',
  '?': 'help',
};

/** The action of a key press, or null: never with Ctrl/Alt/Meta, and Shift only where it makes the key (“?”). */
export function shortcutOf(e: KeyLike): ShortcutAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const action = BY_KEY[e.key];
  if (!action) return null;
  if (e.shiftKey && action !== 'help') return null;
  return action;
}

// Shared with the backprop step-through's keys: lives in ui/.
export { takesKeys } from '../ui/takesKeys.ts';

/** True for controls that Space itself activates (buttons, links, summaries). */
export function activatesOnSpace(el: Element | null): boolean {
  return el !== null && el.matches('button, a[href], summary, [role="button"], [role="switch"], [role="tab"]');
}

/** True when an element shows the keyboard focus ring (it was reached by keyboard, not clicked). */
export function showsFocusRing(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
