import type { KnobKey, KnobValue, LabConfig } from '../protocol.ts';
import { setLesson } from './actions.ts';
import { findLesson, type Comparison } from './lessons.ts';
import { runSpecs } from './runs.ts';
import { useLab } from './store.ts';
import type { UrlState } from './urlParams.ts';

/**
 * The teacher's locks (`lock=`) as the learner's controls read them. A locked knob keeps its value against
 * everything the learner does in the page (its control, the comparison, lessons, imported files, own data);
 * a host page's `set`/`setState`/`setData` messages are the course's, not the learner's, and still apply.
 */

type Locks = Pick<UrlState, 'lock'>;

/** True when the teacher locked `knob`. */
export function isLocked(s: Locks, knob: KnobKey): boolean {
  return s.lock.includes(knob);
}

/** True when the comparison sets a locked knob per run: which knob is compared and its values are then the teacher's too. */
export function comparisonLocked(s: Locks & Pick<UrlState, 'comparison'>): boolean {
  const c = s.comparison;
  return (c.knob !== null && isLocked(s, c.knob)) || (c.knob2 != null && (c.values2?.length ?? 0) > 0 && isLocked(s, c.knob2));
}

/** The values a knob takes over the runs of a setup, each once, in order. */
function runValues(config: LabConfig, comparison: Comparison, knob: KnobKey): KnobValue[] {
  return [...new Set(runSpecs(config, comparison).map((r) => r.config[knob]))];
}

/** True when a setup gives every locked knob the values the current one does (its runs train with the same locked values). */
export function keepsLocks(s: Locks & Pick<UrlState, 'config' | 'comparison'>, config: LabConfig, comparison: Comparison): boolean {
  return s.lock.every((k) => {
    const now = runValues(s.config, s.comparison, k);
    const next = runValues(config, comparison, k);
    return now.length === next.length && now.every((v, i) => v === next[i]);
  });
}

/** True when the learner may open a lesson: it exists and leaves every locked knob as it is. */
export function mayOpenLesson(s: Locks & Pick<UrlState, 'config' | 'comparison'>, id: string): boolean {
  const lesson = findLesson(id);
  return lesson !== undefined && keepsLocks(s, lesson.config, lesson.comparison);
}

/** Opens a lesson for the learner (picker, ← / →, Restore): nothing happens when it would change a locked knob. */
export function openLessonAsLearner(id: string): void {
  if (mayOpenLesson(useLab.getState(), id)) setLesson(id);
}
