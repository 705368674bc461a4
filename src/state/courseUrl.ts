import type { KnobKey } from '../protocol.ts';
import { KNOB_KEYS } from './knobs.ts';
import type { UrlReader } from './urlRead.ts';

/** Most characters (Unicode code points) of a teacher's instruction (`task=`). */
export const TASK_MAX = 280;

/** Characters of a text as a reader counts them: code points, so an emoji or a Hangul syllable is one. */
export function taskLength(text: string): number {
  return [...text].length;
}

/** The first TASK_MAX characters of a text (never half of a surrogate pair). */
export function cutTask(text: string): string {
  const chars = [...text];
  return chars.length > TASK_MAX ? chars.slice(0, TASK_MAX).join('') : text;
}

/** The knob a `lock=` name stands for (its URL parameter, any case), or undefined. */
function knobNamed(name: string): KnobKey | undefined {
  const n = name.toLowerCase();
  return KNOB_KEYS.find((k) => k.toLowerCase() === n);
}

/**
 * The knobs `lock=` names (comma-separated URL knob names), in the knob table's order, each once. An unknown
 * name gives a notice naming it and locks nothing; the names around it still lock their own knobs.
 */
export function readLock(r: UrlReader): KnobKey[] {
  const text = r.first('lock');
  if (text === null) return [];
  const named = new Set<KnobKey>();
  for (const name of text.split(',').map((t) => t.trim()).filter(Boolean)) {
    const k = knobNamed(name);
    if (k) named.add(k);
    else r.notice('lock', name, '—', 'unknownKnob');
  }
  return KNOB_KEYS.filter((k) => named.has(k));
}

/** The teacher's instruction (`task=`): plain text, trimmed, at most TASK_MAX characters (cut, with a notice); empty is none. */
export function readTask(r: UrlReader): string | null {
  const text = r.first('task')?.trim() ?? '';
  if (text === '') return null;
  const cut = cutTask(text).trimEnd();
  if (cut !== text) r.notice('task', String(taskLength(text)), String(TASK_MAX), 'cut');
  return cut;
}
