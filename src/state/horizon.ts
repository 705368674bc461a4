import { DEFAULT_LESSON, findLesson, horizonReached, inSweep, horizonSteps, type Horizon, type Lesson, type RaceStanding, type ViewId } from './lessons.ts';
import type { RunDerived } from './series.ts';
import type { LabState } from './store.ts';

/** The open lesson (the default one when the id is unknown). */
export function currentLesson(s: Pick<LabState, 'lessonId'>): Lesson {
  return findLesson(s.lessonId) ?? DEFAULT_LESSON;
}

/** Whether the page shows the lesson's text (`?controls=` may leave it out). */
export const lessonShown = (s: Pick<LabState, 'controls'>): boolean => s.controls === null || s.controls.includes('lesson');

const NO_FOCUS: readonly ViewId[] = [];

/** Focus views of each lesson in its sweep: the outcome panel first, then the lesson's own (made once, so selectors stay stable). */
const SWEEP_FOCUS = new Map<string, readonly ViewId[]>();

/**
 * The open lesson's focus views, or none when its text is not shown (nothing then tells the learner where to look);
 * in the lesson's sweep the outcome panel comes first.
 */
export function selectFocus(s: Pick<LabState, 'controls' | 'lessonId' | 'comparison' | 'seeds'>): readonly ViewId[] {
  if (!lessonShown(s)) return NO_FOCUS;
  const lesson = currentLesson(s);
  if (!inSweep(lesson, s.comparison, s.seeds)) return lesson.focus;
  if (!SWEEP_FOCUS.has(lesson.id)) SWEEP_FOCUS.set(lesson.id, ['outcome', ...lesson.focus.filter((v) => v !== 'outcome')]);
  return SWEEP_FOCUS.get(lesson.id)!;
}

/** The open lesson's horizon in steps, or null (a horizon in seconds, race mode). */
export function selectHorizonSteps(s: Pick<LabState, 'lessonId'>): number | null {
  return horizonSteps(currentLesson(s));
}

/** Each run's seconds of training and latest validation accuracy (a race's horizon reads these), from the derived numbers. */
export function raceStandings(runs: readonly RunDerived[]): RaceStanding[] {
  return runs.map((d) => ({ seconds: d.seconds, valAcc: d.last?.valAcc ?? 0 }));
}

/**
 * The horizon facts the merge derives once: whether the open lesson's horizon is reached (the moment Play pauses
 * by itself and "what happened" is shown; once reached it stays reached until the runs are rebuilt) and the
 * seconds every run has trained (the slowest run's).
 */
export function horizonFacts(lesson: Lesson, step: number, runs: readonly RunDerived[], wasReached: boolean): { horizonReached: boolean; raceSeconds: number } {
  const standings = raceStandings(runs);
  return {
    horizonReached: wasReached || horizonReached(lesson, step, standings),
    raceSeconds: standings.length ? Math.min(...standings.map((r) => r.seconds)) : 0,
  };
}

/** True once the runs have reached the open lesson's horizon (derived at the merge: `horizonFacts`). */
export function selectHorizonReached(s: Pick<LabState, 'horizonReached'>): boolean {
  return s.horizonReached;
}

/** What the views and the embed API say about the horizon: its unit and value, and whether it is reached. */
export function selectHorizon(s: Pick<LabState, 'lessonId' | 'horizonReached'>): Horizon & { reached: boolean } {
  return { ...currentLesson(s).horizon, reached: s.horizonReached };
}

/**
 * The last step every step-based x-axis spans: the horizon while within it (the chart fills as the
 * lesson plays); past it the data's own range takes over. 0 when the horizon is not in steps.
 */
export function selectAxisSteps(s: Pick<LabState, 'lessonId'>): number {
  return selectHorizonSteps(s) ?? 0;
}

/** The step Play should pause at: the horizon when the runs are short of it, else none ("keep training"). */
export function playUntil(s: Pick<LabState, 'lessonId' | 'step'>): number | undefined {
  const h = selectHorizonSteps(s);
  return h !== null && s.step < h ? h : undefined;
}

/** Steps per second the worker trains at (null: as fast as it can): the chosen speed, else the lesson's pace. */
export function effectiveSpeed(s: Pick<LabState, 'lessonId' | 'speed'>): number | null {
  if (s.speed === 'max') return null;
  return s.speed ?? currentLesson(s).pace;
}
