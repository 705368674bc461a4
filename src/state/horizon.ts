import { DEFAULT_LESSON, findLesson, horizonReached, horizonSteps, type Horizon, type Lesson, type RaceStanding } from './lessons.ts';
import type { LabState } from './store.ts';

type HorizonSlice = Pick<LabState, 'lessonId' | 'step' | 'runs' | 'history' | 'live' | 'raceReached'>;

/** The open lesson (the default one when the id is unknown). */
export function currentLesson(s: Pick<LabState, 'lessonId'>): Lesson {
  return findLesson(s.lessonId) ?? DEFAULT_LESSON;
}

/** The open lesson's horizon in steps, or null (a horizon in seconds, race mode). */
export function selectHorizonSteps(s: Pick<LabState, 'lessonId'>): number | null {
  return horizonSteps(currentLesson(s));
}

/**
 * True once the runs have reached the open lesson's horizon: the moment Play pauses by itself and
 * "what happened" is shown. The narrator and the embed `progress` message read this. A race's horizon,
 * once reached, stays reached until the runs are rebuilt (`raceReached`).
 */
export function selectHorizonReached(s: HorizonSlice): boolean {
  const lesson = currentLesson(s);
  if (lesson.horizon.unit === 'seconds' && s.raceReached) return true;
  return horizonReached(lesson, s.step, raceStandings(s));
}

/** Each run's seconds of training and latest validation accuracy (a race's horizon reads these). */
export function raceStandings(s: Pick<LabState, 'runs' | 'history' | 'live'>): RaceStanding[] {
  return s.runs.map((r) => {
    const h = s.history[r.id];
    const last = h && h.length ? h[h.length - 1] : undefined;
    return { seconds: s.live[r.id]?.seconds ?? last?.seconds ?? 0, valAcc: last?.valAcc ?? 0 };
  });
}

/** Seconds every run has trained so far (the slowest run's): a race's progress towards its horizon. */
export function selectRaceSeconds(s: Pick<LabState, 'runs' | 'history' | 'live'>): number {
  const standings = raceStandings(s);
  return standings.length ? Math.min(...standings.map((r) => r.seconds)) : 0;
}

/** What the views and the embed API say about the horizon: its unit and value, and whether it is reached. */
export function selectHorizon(s: HorizonSlice): Horizon & { reached: boolean } {
  return { ...currentLesson(s).horizon, reached: selectHorizonReached(s) };
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
