import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asHost, DRAG_QUIET_MS, flushLearning, onLearning, type LearningEvent } from '../../src/embed/learning.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { pickChoice, revealLesson, usePredictions } from '../../src/state/predictions.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';

const dropout = LESSONS.find((l) => l.id === 'dropout')!;
const setLr = (learningRate: number) => useLab.setState((s) => ({ config: { ...s.config, learningRate } }));

describe('learning events', () => {
  let events: LearningEvent[];
  let off: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    useLab.setState({ ...initialLabState, lessonId: 'dropout', config: { ...dropout.config }, comparison: dropout.comparison });
    usePredictions.setState({ picks: {}, revealed: {} });
    events = [];
    off = onLearning((e) => events.push(e));
  });
  afterEach(() => {
    off();
    vi.useRealTimers();
  });

  it('a new listener first hears the open lesson experienced, and each lesson opened after', () => {
    useLab.setState({ lessonId: 'l2', step: 0 });
    expect(events).toEqual([
      { kind: 'experienced', lesson: 'dropout', step: 0 },
      { kind: 'experienced', lesson: 'l2', step: 0 },
    ]);
  });

  it('a pick is answered, right or wrong against the lesson answer; a pick after the outcome is shown says so', () => {
    // dropout's predict-first answer is its third choice (0-based 2), from the lesson table.
    pickChoice('dropout', 0);
    useLab.setState({ step: 40 });
    pickChoice('dropout', 2);
    revealLesson('dropout');
    pickChoice('dropout', 1);
    expect(events.slice(1)).toEqual([
      { kind: 'answered', lesson: 'dropout', step: 0, choice: 0, answer: 2, choices: 3, correct: false, outcomeShown: false },
      { kind: 'answered', lesson: 'dropout', step: 40, choice: 2, answer: 2, choices: 3, correct: true, outcomeShown: false },
      { kind: 'answered', lesson: 'dropout', step: 40, choice: 1, answer: 2, choices: 3, correct: false, outcomeShown: true },
    ]);
  });

  it('reaching the horizon is completed once per lesson, not again after a reset', () => {
    useLab.setState({ step: 400, horizonReached: true });
    useLab.setState({ step: 0, horizonReached: false });
    useLab.setState({ step: 400, horizonReached: true });
    expect(events.filter((e) => e.kind === 'completed')).toEqual([{ kind: 'completed', lesson: 'dropout', step: 400 }]);
  });

  it('a slider drag is one interacted with the value it ended on, once the knob is left alone', () => {
    for (const lr of [0.002, 0.004, 0.008]) {
      setLr(lr);
      vi.advanceTimersByTime(DRAG_QUIET_MS - 100);
    }
    expect(events.filter((e) => e.kind === 'interacted')).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events.slice(1)).toEqual([{ kind: 'interacted', lesson: 'dropout', step: 0, knob: 'learningRate', value: 0.008 }]);
  });

  it('a drag that ends where it began is no interaction; two knobs are two events; the compared knob is "compare"', () => {
    setLr(0.01);
    setLr(dropout.config.learningRate);
    vi.advanceTimersByTime(DRAG_QUIET_MS);
    useLab.setState((s) => ({ config: { ...s.config, depth: 2, width: 16 } }));
    useLab.setState({ comparison: { knob: 'activation', values: ['sigmoid', 'relu'] } });
    vi.advanceTimersByTime(DRAG_QUIET_MS);
    expect(events.slice(1).map((e) => (e.kind === 'interacted' ? [e.knob, e.value] : e.kind))).toEqual([
      ['depth', 2],
      ['width', 16],
      ['compare', 'activation=sigmoid,relu'],
    ]);
  });

  it('a knob still being dragged is reported before an answer that follows it, and on flushLearning', () => {
    setLr(0.02);
    pickChoice('dropout', 2);
    setLr(0.03);
    flushLearning();
    expect(events.slice(1).map((e) => e.kind)).toEqual(['interacted', 'answered', 'interacted']);
  });

  it('what the host or a restore changes is no learner interaction or answer, but a lesson it opens is experienced', () => {
    asHost(() => {
      setLr(0.05);
      pickChoice('dropout', 2);
      useLab.setState({ lessonId: 'l2' });
    });
    vi.advanceTimersByTime(DRAG_QUIET_MS);
    expect(events.slice(1)).toEqual([{ kind: 'experienced', lesson: 'l2', step: 0 }]);
  });

  it('a listener that left hears nothing more; the others go on hearing', () => {
    const second: LearningEvent[] = [];
    const offSecond = onLearning((e) => second.push(e));
    off();
    pickChoice('dropout', 1);
    offSecond();
    pickChoice('dropout', 0);
    expect(events).toHaveLength(1);
    expect(second.map((e) => e.kind)).toEqual(['experienced', 'answered']);
    off = () => {};
  });

  it('a listener that throws breaks neither the store update nor the other listeners', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const offBad = onLearning((e) => {
      if (e.kind === 'answered') throw new Error('host bug');
    });
    expect(() => pickChoice('dropout', 1)).not.toThrow();
    expect(usePredictions.getState().picks).toEqual({ dropout: 1 });
    expect(events.at(-1)).toMatchObject({ kind: 'answered', choice: 1 });
    expect(warn).toHaveBeenCalledTimes(1);
    offBad();
    warn.mockRestore();
  });
});
