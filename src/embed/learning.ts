import { currentLesson } from '../state/horizon.ts';
import { usePredictions, type PredictionState } from '../state/predictions.ts';
import { useLab, type LabState } from '../state/store.ts';

/**
 * What a learner did, as a course (xAPI statements, a SCORM LMS) wants to hear it. `step` is the lab's step then.
 * experienced: a lesson was opened; answered: the predict-first question was answered (0-based choice, and whether
 * it is the lesson's answer; outcomeShown: "what happened" was already on screen, so it was no prediction);
 * completed: the lesson's horizon was reached; interacted: the learner set a knob (or the compared knob: `compare`).
 */
export type LearningEvent =
  | { kind: 'experienced'; lesson: string; step: number }
  | { kind: 'answered'; lesson: string; step: number; choice: number; answer: number; choices: number; correct: boolean; outcomeShown: boolean }
  | { kind: 'completed'; lesson: string; step: number }
  | { kind: 'interacted'; lesson: string; step: number; knob: string; value: string | number | boolean };

export type LearningListener = (e: LearningEvent) => void;

/** A slider sends a value per pixel of a drag: a knob's changes closer together than this are one `interacted`. */
export const DRAG_QUIET_MS = 500;

const listeners = new Set<LearningListener>();
let current: { stop(): void; flush(): void } | null = null;
let hostDepth = 0;

/**
 * Runs a change that the host or a restore makes, not the learner: knob and prediction changes inside it are no
 * `interacted` or `answered` (a lesson it opens is still `experienced`).
 */
export function asHost<T>(fn: () => T): T {
  hostDepth++;
  try {
    return fn();
  } finally {
    hostDepth--;
  }
}

const comparisonText = (c: LabState['comparison']): string =>
  `${c.knob ?? 'none'}=${c.values.join(',')}${c.knob2 ? `;${c.knob2}=${(c.values2 ?? []).join(',')}` : ''}`;

/** The one source of learning events: watches the lab and prediction stores while anyone listens. */
function watch(): { stop(): void; flush(): void } {
  // A listener that throws must not break the store update that led to the event, nor the other listeners.
  const emit = (e: LearningEvent) =>
    listeners.forEach((l) => {
      try {
        l(e);
      } catch (err) {
        console.warn('Backprop Lab: a learning-event listener failed', err);
      }
    });
  const completed = new Set<string>();
  // Knobs being changed, with the value before the first change: emitted once the knob is left alone.
  const pending = new Map<string, { from: string; value: string | number | boolean; lesson: string; timer: ReturnType<typeof setTimeout> }>();
  const flush = (knob: string) => {
    const p = pending.get(knob);
    if (!p) return;
    pending.delete(knob);
    clearTimeout(p.timer);
    if (String(p.value) !== p.from) emit({ kind: 'interacted', lesson: p.lesson, step: useLab.getState().step, knob, value: p.value });
  };
  const flushAll = () => [...pending.keys()].forEach(flush);
  const change = (knob: string, from: string, value: string | number | boolean, lesson: string) => {
    const p = pending.get(knob);
    if (p) clearTimeout(p.timer);
    pending.set(knob, { from: p?.from ?? from, value, lesson, timer: setTimeout(() => flush(knob), DRAG_QUIET_MS) });
  };

  const onLab = (s: LabState, prev: LabState) => {
    if (s.lessonId !== prev.lessonId) {
      flushAll();
      emit({ kind: 'experienced', lesson: s.lessonId, step: s.step });
      return;
    }
    if (hostDepth === 0 && s.config !== prev.config) {
      for (const key of Object.keys(s.config) as (keyof LabState['config'])[]) {
        if (s.config[key] !== prev.config[key]) change(key, String(prev.config[key]), s.config[key], s.lessonId);
      }
    }
    if (hostDepth === 0 && s.comparison !== prev.comparison) {
      const from = comparisonText(prev.comparison);
      const to = comparisonText(s.comparison);
      if (to !== from) change('compare', from, to, s.lessonId);
    }
    if (s.horizonReached && !prev.horizonReached && !completed.has(s.lessonId)) {
      completed.add(s.lessonId);
      flushAll();
      emit({ kind: 'completed', lesson: s.lessonId, step: s.step });
    }
  };
  const onPredictions = (p: PredictionState, prev: PredictionState) => {
    const lab = useLab.getState();
    const lesson = currentLesson(lab);
    const choice = p.picks[lesson.id];
    if (hostDepth > 0 || choice === undefined || choice === prev.picks[lesson.id]) return;
    flushAll();
    const outcomeShown = p.revealed[lesson.id] === true;
    emit({ kind: 'answered', lesson: lesson.id, step: lab.step, choice, answer: lesson.answer, choices: lesson.choices, correct: choice === lesson.answer, outcomeShown });
  };
  const offLab = useLab.subscribe(onLab);
  const offPredictions = usePredictions.subscribe(onPredictions);
  return {
    stop() {
      flushAll();
      offLab();
      offPredictions();
    },
    flush: flushAll,
  };
}

/** Emits the knob changes still waiting for a drag to end (before the page goes away). */
export function flushLearning(): void {
  current?.flush();
}

/**
 * Listens to learning events until the returned function is called. The new listener first hears `experienced`
 * for the lesson open now (each consumer starts when it is ready, and still learns where the learner is).
 */
export function onLearning(listener: LearningListener): () => void {
  listeners.add(listener);
  if (!current) current = watch();
  const s = useLab.getState();
  listener({ kind: 'experienced', lesson: s.lessonId, step: s.step });
  return () => {
    // The last listener to leave still hears the knob changes waiting for a drag to end.
    if (listeners.size === 1 && listeners.has(listener) && current) {
      current.stop();
      current = null;
    }
    listeners.delete(listener);
  };
}
