import { create } from 'zustand';

/** What a learner predicted per lesson, and which lessons have shown "what happened" (this session only). */
export interface PredictionState {
  /** Lesson id → 0-based index of the picked choice. */
  picks: Record<string, number>;
  /** Lesson id → true once "what happened" is shown. */
  revealed: Record<string, boolean>;
}

/** The prediction store, apart from the lab store: it never travels in the URL or to the worker. */
export const usePredictions = create<PredictionState>()(() => ({ picks: {}, revealed: {} }));

/** Remembers the learner's pick for a lesson. */
export function pickChoice(lessonId: string, choice: number): void {
  usePredictions.setState((s) => ({ picks: { ...s.picks, [lessonId]: choice } }));
}

/** Shows a lesson's "what happened" (when its steps have passed, or on request). */
export function revealLesson(lessonId: string): void {
  if (usePredictions.getState().revealed[lessonId]) return;
  usePredictions.setState((s) => ({ revealed: { ...s.revealed, [lessonId]: true } }));
}

/** Forgets the pick and hides the answer again, to predict anew. */
export function forgetPrediction(lessonId: string): void {
  usePredictions.setState((s) => {
    const picks = { ...s.picks };
    const revealed = { ...s.revealed };
    delete picks[lessonId];
    delete revealed[lessonId];
    return { picks, revealed };
  });
}

/** Puts back a saved prediction for a lesson (a host's setState): the pick or none, shown or hidden. */
export function restorePrediction(lessonId: string, choice: number | null, revealed: boolean): void {
  usePredictions.setState((s) => {
    const picks = { ...s.picks };
    const shown = { ...s.revealed };
    delete picks[lessonId];
    delete shown[lessonId];
    if (choice !== null) picks[lessonId] = choice;
    if (revealed) shown[lessonId] = true;
    return { picks, revealed: shown };
  });
}
