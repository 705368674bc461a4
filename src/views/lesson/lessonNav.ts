import { LESSONS } from '../../state/lessons.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** 0-based position of a lesson in LESSONS (0 when unknown). */
export function lessonIndex(id: string): number {
  return Math.max(0, LESSONS.findIndex((l) => l.id === id));
}

/** The id of the lesson before (−1) or after (+1) the given one, or null at either end. */
export function neighbourLesson(id: string, dir: -1 | 1): string | null {
  const i = lessonIndex(id) + dir;
  return i >= 0 && i < LESSONS.length ? LESSONS[i].id : null;
}

/** The message key of one text of a lesson: title, look, predict, happened, choice1…. */
export function lessonKey(id: string, field: 'title' | 'look' | 'predict' | 'happened' | `choice${number}`): MessageKey {
  return `lessons.${id}.${field}` as MessageKey;
}
