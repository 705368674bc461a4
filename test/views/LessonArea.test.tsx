// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { sent } from '../setup/poolLog.ts';
import { activeChapters, findLesson } from '../../src/state/lessons.ts';
import { useLab } from '../../src/state/store.ts';
import { LessonArea } from '../../src/views/lesson/LessonArea.tsx';
import { usePredictions } from '../../src/state/predictions.ts';
import { click, mount, setStore, type Mounted } from './labRender.tsx';

// The pool's side of the page is a log of what the actions send it (test/setup/poolLog.ts); the clock stays real.
vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }));

type Key = keyof typeof en;
const E = (k: string) => en[k as Key];

let m: Mounted | null = null;
beforeEach(() => {
  sent.length = 0;
  usePredictions.setState({ picks: {}, revealed: {} }, true);
});
afterEach(() => {
  m?.unmount();
  m = null;
});
const $ = <E extends Element>(sel: string) => m!.container.querySelector<E>(sel);
const text = () => m!.container.textContent ?? '';
const radios = () => [...m!.container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

/** Mounts the area on a lesson with that lesson's own knobs. */
function open(id: string, extra: Parameters<typeof mount>[1] = {}) {
  const l = findLesson(id)!;
  m = mount(<LessonArea />, { lessonId: id, config: { ...l.config }, comparison: l.comparison, ...extra });
  return l;
}

describe('LessonArea', () => {
  it('shows the lesson’s number, title, what to look for and its question with every choice', () => {
    const l = open('init');
    expect($('.lesson-number')?.textContent).toBe(`Chapter ${activeChapters().indexOf('vanishing') + 1} · Vanishing gradients · Lesson 3 of 5`);
    expect($('h2')?.textContent).toBe(en['lessons.init.title']);
    expect($('section')?.getAttribute('aria-labelledby')).toBe($('h2')?.id);
    expect(text()).toContain(en['lessons.init.look']);
    expect($('legend')?.textContent).toContain(en['lessons.init.predict']);
    expect(radios()).toHaveLength(l.choices);
    expect([...m!.container.querySelectorAll('.choice')].map((c) => c.textContent)).toEqual(
      [1, 2, 3].map((i) => E(`lessons.init.choice${i}`)),
    );
    expect(text()).not.toContain(en['lessons.init.happened']);
  });

  it('is written in Korean when the language is Korean', () => {
    open('dropout', { lang: 'ko' });
    expect($('h2')?.textContent).toBe(ko['lessons.dropout.title']);
    expect(text()).toContain(ko['lessons.dropout.look']);
    expect(text()).not.toContain(en['lessons.dropout.look']);
  });

  it('remembers the pick, marks it and says the answer comes after the lesson’s steps', () => {
    const l = open('loss');
    expect(text()).toContain(en['lessons.predictHint']);
    click(radios()[2]);
    expect(radios()[2].checked).toBe(true);
    expect(radios()[2].closest('label')?.className).toContain('picked');
    expect(text()).toContain(`after step ${l.horizon.value}`);
    m!.unmount();
    m = null;
    open('loss');
    expect(radios()[2].checked).toBe(true);
  });

  it('shows a progress bar of the steps towards the reveal, capped at the lesson’s steps', () => {
    const l = open('loss');
    setStore({ step: 300 });
    expect($<HTMLProgressElement>('progress')?.getAttribute('max')).toBe(String(l.horizon.value));
    expect($<HTMLProgressElement>('progress')?.getAttribute('value')).toBe('300');
    expect(text()).toContain(`Step 300 of ${l.horizon.value}`);
  });

  it('reveals what happened once the runs pass the lesson’s steps, saying whether the pick was right', () => {
    const l = open('overfitting');
    click(radios()[l.answer]);
    setStore({ step: l.horizon.value - 10 });
    expect($('[data-testid="lesson-outcome"]')).toBeNull();
    setStore({ step: l.horizon.value });
    expect($('[data-testid="lesson-outcome"]')).not.toBeNull();
    expect(text()).toContain(en['lessons.overfitting.happened']);
    expect($('.verdict')?.textContent).toContain(E(`lessons.overfitting.choice${l.answer + 1}`));
    expect($('.verdict')?.className).toContain('right');
    expect(radios()).toHaveLength(0);
  });

  it('at the horizon, paused, says so and offers to keep training, which plays on past it', () => {
    const l = open('overfitting');
    setStore({ step: 0 });
    setStore({ step: l.horizon.value, playing: false });
    expect(text()).toContain(`Paused at step ${l.horizon.value}`);
    click($('[data-testid="keep-training"]')!);
    expect(useLab.getState().playing).toBe(true);
    expect($('[data-testid="keep-training"]')).toBeNull();
  });

  it('names both the wrong pick and the answer', () => {
    const l = open('l2');
    const wrong = (l.answer + 1) % l.choices;
    click(radios()[wrong]);
    click($('[data-testid="reveal"]')!);
    const verdict = $('.verdict')!.textContent ?? '';
    expect(verdict).toContain(E(`lessons.l2.choice${wrong + 1}`));
    expect(verdict).toContain(E(`lessons.l2.choice${l.answer + 1}`));
    expect($('.verdict')?.className).not.toContain('right');
  });

  it('does not reveal a lesson because of the previous lesson’s step count before its runs restart', () => {
    const l = open('dropout', { step: 5000 });
    expect($('[data-testid="lesson-outcome"]')).toBeNull();
    setStore({ step: 0 });
    setStore({ step: l.horizon.value + 1 });
    expect($('[data-testid="lesson-outcome"]')).not.toBeNull();
  });

  it('reveals early on request, and “predict again” hides the answer, forgets the pick and resets the runs', () => {
    open('batchnorm');
    click(radios()[0]);
    click($('[data-testid="reveal"]')!);
    expect(text()).toContain(en['lessons.batchnorm.happened']);
    const again = [...m!.container.querySelectorAll('button')].find((b) => b.textContent === en['lessons.predictAgain'])!;
    click(again);
    expect($('[data-testid="lesson-outcome"]')).toBeNull();
    expect(radios().some((r) => r.checked)).toBe(false);
    expect(sent).toContainEqual({ type: 'reset' });
  });

  it('says “modified” when a knob leaves the lesson’s configuration, and restores the lesson on request', () => {
    const l = open('vanishing');
    expect($('[data-testid="lesson-modified"]')).toBeNull();
    setStore({ config: { ...l.config, learningRate: 0.3 } });
    const note = $('[data-testid="lesson-modified"]')!;
    expect(note.textContent).toContain(en['classroom.modified']);
    click(note.querySelector('button')!);
    expect(useLab.getState().config).toEqual(findLesson('vanishing')!.config);
    expect($('[data-testid="lesson-modified"]')).toBeNull();
  });

  it('also says “modified” when only the comparison changed', () => {
    open('vanishing');
    setStore({ comparison: { knob: 'activation', values: ['sigmoid', 'tanh'] } });
    expect($('[data-testid="lesson-modified"]')).not.toBeNull();
  });

  it('stays out of an embedded page whose ?controls= list leaves out “lesson”', () => {
    open('vanishing', { embed: true, controls: ['play'] });
    expect($('section')).toBeNull();
    m!.unmount();
    open('vanishing', { embed: true, controls: ['play', 'lesson'] });
    expect($('section')).not.toBeNull();
  });
});
