import { findLesson, horizonSteps, matchesLesson } from '../../state/lessons.ts';
import { derivedOf } from '../../state/series.ts';
import type { LabState } from '../../state/store.ts';
import { runLabel } from '../../state/runLabel.ts';
import { gradRatio } from '../ui/gradRatio.ts';
import { healthKind, hiddenLayers } from '../ui/layerHealth.ts';
import type { Translate } from '../ui/useT.ts';
import type { LessonMarks, RunInput } from './milestones.ts';
import type { DescribeRun, LabelOf, SeedsAbove, StatusRun } from './wording.ts';

/** The slice of the store the narrator reads. */
export type NarrationState = Pick<LabState, 'runs' | 'history' | 'derived' | 'live' | 'step' | 'playing' | 'lessonId' | 'config' | 'comparison' | 'horizonReached' | 'raceSeconds'>;

/** What the milestone detector watches: the run ids (new runs start it over). */
export function narrationKey(s: NarrationState): string {
  return s.runs.map((r) => r.id).join(',');
}

/** Each run's recorded history, classes and divergence step. */
export function runInputs(s: NarrationState): RunInput[] {
  return s.runs.map((r) => {
    const l = s.live[r.id];
    return {
      id: r.id,
      classes: r.classes,
      points: s.history[r.id] ?? [],
      divergedAt: l?.status === 'diverged' ? (l.divergence?.step ?? s.step) : null,
    };
  });
}

/** The lesson's marks (a quarter of its steps, its horizon) and its right answer's message key; no horizon once the settings left the lesson. */
export function lessonMarks(s: NarrationState): { marks: LessonMarks; answerKey: string | null } {
  const lesson = findLesson(s.lessonId);
  if (!lesson) return { marks: { quarter: 0, horizon: 0 }, answerKey: null };
  const same = matchesLesson(lesson, s.config, s.comparison);
  const steps = horizonSteps(lesson) ?? 0;
  // A race (its horizon in seconds or at a target accuracy): reached as the merge decided it.
  const race = steps === 0 && same ? { reached: s.horizonReached, seconds: s.raceSeconds } : undefined;
  return {
    marks: { quarter: Math.round(steps / 4), horizon: same ? steps : 0, ...(race ? { race } : {}) },
    answerKey: `lessons.${lesson.id}.choice${lesson.answer + 1}`,
  };
}

/**
 * Over several seeds, how many of a run's seeds are at or above a validation accuracy at the newest step they all
 * reached (seedSpread's `at`); null with one seed.
 */
export function seedsAbove(s: Pick<LabState, 'spread'>): SeedsAbove {
  return (id, threshold) => {
    const at = s.spread[id]?.at;
    if (!at || at.points.length < 2) return null;
    return { k: at.points.filter((p) => p !== null && p.valAcc >= threshold).length, n: at.points.length };
  };
}

/** Run labels by id ("A · Sigmoid"), as the numbers table writes them. */
export function labelsOf(t: Translate, s: NarrationState): LabelOf {
  return (id) => {
    const i = s.runs.findIndex((r) => r.id === id);
    return i < 0 ? id : runLabel(t, s.comparison, i);
  };
}

/** The latest validation accuracy of every run, for the short status line. */
export function statusRuns(t: Translate, s: NarrationState): StatusRun[] {
  const label = labelsOf(t, s);
  return s.runs.map((r) => ({ label: label(r.id), valAcc: derivedOf(s, r.id).last?.valAcc }));
}

/** Everything "Describe now" reads, per run: the numbers table's values (latest recorded point; the merge's latest layers). */
export function describeRuns(t: Translate, s: NarrationState): DescribeRun[] {
  const label = labelsOf(t, s);
  return s.runs.map((r) => {
    const { last, layers } = derivedOf(s, r.id);
    const l = s.live[r.id];
    return {
      label: label(r.id),
      step: last ? last.step : null,
      trainLoss: last?.trainLoss,
      valLoss: last?.valLoss,
      trainAcc: last?.trainAcc,
      valAcc: last?.valAcc,
      ratio: gradRatio(layers),
      hidden: hiddenLayers(layers),
      healthKind: healthKind(r.config.activation),
      divergedAt: l?.status === 'diverged' ? (l.divergence?.step ?? s.step) : null,
    };
  });
}
