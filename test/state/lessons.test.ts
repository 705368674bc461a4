import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { activeChapters, CHAPTERS, DEFAULT_LESSON, findLesson, lessonPlace, LESSONS, matchesLesson } from '../../src/state/lessons.ts';

const KNOWN = ['onelayer', 'backprop', 'deeper', 'vanishing', 'loss', 'init', 'xavier', 'batchnorm', 'overfitting', 'dropout', 'l2', 'data', 'cost', 'hardware'];

describe('LESSONS', () => {
  it('lists the lessons of DESIGN §7 in teaching order (initialisation in two: ReLU and tanh), a bare page opening sigmoid vs ReLU', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(ids.filter((id) => KNOWN.includes(id))).toEqual(KNOWN);
    expect(LESSONS.filter((l) => l.chapter === 'depth').map((l) => l.id)).toEqual(['onelayer', 'backprop', 'deeper']);
    expect(DEFAULT_LESSON.id).toBe('vanishing');
    expect(DEFAULT_LESSON.config).toEqual(DEFAULT_CONFIG);
  });

  it('gives every lesson a compared knob, a positive horizon and pace and a right answer among its choices', () => {
    for (const l of LESSONS) {
      expect(l.comparison.knob, l.id).not.toBeNull();
      expect(l.horizon.value, l.id).toBeGreaterThan(0);
      expect(l.pace, l.id).toBeGreaterThan(0);
      expect(l.choices, l.id).toBeGreaterThanOrEqual(2);
      expect(l.choices, l.id).toBeLessThanOrEqual(3);
      expect(l.answer, l.id).toBeGreaterThanOrEqual(0);
      expect(l.answer, l.id).toBeLessThan(l.choices);
    }
  });

  it('does not always put the right answer in the same place', () => {
    expect(new Set(LESSONS.map((l) => l.answer)).size).toBeGreaterThan(1);
  });

  it('compares values that really differ from each other', () => {
    for (const l of LESSONS) expect(new Set(l.comparison.values).size, l.id).toBe(l.comparison.values.length);
  });
});

describe('chapters', () => {
  it('keeps each chapter’s lessons together, chapters in teaching order', () => {
    const order = LESSONS.map((l) => CHAPTERS.indexOf(l.chapter));
    expect(order.every((c, i) => i === 0 || c >= order[i - 1])).toBe(true);
    expect(activeChapters()).toEqual(CHAPTERS.filter((c) => LESSONS.some((l) => l.chapter === c)));
  });

  it('plays each step horizon over 15–30 s at the lesson’s pace', () => {
    for (const l of LESSONS) {
      if (l.horizon.unit !== 'steps') continue;
      const seconds = l.horizon.value / l.pace;
      expect(seconds, l.id).toBeGreaterThanOrEqual(15);
      expect(seconds, l.id).toBeLessThanOrEqual(30);
    }
  });

  it('places a lesson in its chapter and in the whole list', () => {
    const place = lessonPlace(findLesson('xavier')!);
    expect(place.chapter).toBe('vanishing');
    expect(place.chapterNumber).toBe(activeChapters().indexOf('vanishing') + 1);
    expect(place.inChapter).toBe(4);
    expect(place.chapterSize).toBe(5);
    expect(lessonPlace(findLesson('onelayer')!)).toMatchObject({ chapter: 'depth', chapterNumber: 1, inChapter: 1, number: 1 });
    expect(place.number).toBe(LESSONS.findIndex((l) => l.id === 'xavier') + 1);
    expect(place.total).toBe(LESSONS.length);
  });
});

describe('findLesson', () => {
  it('finds a lesson by slug, case-insensitively, and by its 1-based number', () => {
    expect(findLesson('dropout')?.id).toBe('dropout');
    expect(findLesson('L2')?.id).toBe('l2');
    // Numbers follow the teaching order.
    for (const [i, l] of LESSONS.entries()) expect(findLesson(String(i + 1))).toBe(l);
    expect(findLesson('1')?.id).toBe('onelayer');
  });

  it('returns undefined for unknown slugs and numbers out of range', () => {
    expect(findLesson('nope')).toBeUndefined();
    expect(findLesson('0')).toBeUndefined();
    expect(findLesson(String(LESSONS.length + 1))).toBeUndefined();
  });
});

describe('matchesLesson', () => {
  const l = findLesson('overfitting')!;

  it('is true for the lesson’s own configuration and comparison', () => {
    expect(matchesLesson(l, { ...l.config }, { ...l.comparison, values: [...l.comparison.values] })).toBe(true);
  });

  it('is false once any knob differs', () => {
    expect(matchesLesson(l, { ...l.config, learningRate: 0.5 }, l.comparison)).toBe(false);
    expect(matchesLesson(l, { ...l.config, seed: 2 }, l.comparison)).toBe(false);
  });

  it('is false when the comparison changes its knob, values or gains a second knob', () => {
    expect(matchesLesson(l, l.config, { knob: 'l2', values: l.comparison.values })).toBe(false);
    expect(matchesLesson(l, l.config, { ...l.comparison, values: [0, 0.3] })).toBe(false);
    expect(matchesLesson(l, l.config, { ...l.comparison, knob2: 'activation', values2: ['relu', 'tanh'] })).toBe(false);
  });
});
