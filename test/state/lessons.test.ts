import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { DEFAULT_LESSON, findLesson, LESSONS, matchesLesson } from '../../src/state/lessons.ts';

describe('LESSONS', () => {
  it('lists the lessons of DESIGN §7 in teaching order (initialisation in two: ReLU and tanh), lesson 1 opening a bare page', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(['vanishing', 'loss', 'init', 'xavier', 'batchnorm', 'overfitting', 'dropout', 'l2', 'data']);
    expect(DEFAULT_LESSON.id).toBe('vanishing');
    expect(DEFAULT_LESSON.config).toEqual(DEFAULT_CONFIG);
  });

  it('gives every lesson a compared knob, a positive step count and a right answer among its choices', () => {
    for (const l of LESSONS) {
      expect(l.comparison.knob, l.id).not.toBeNull();
      expect(l.steps, l.id).toBeGreaterThan(0);
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

describe('findLesson', () => {
  it('finds a lesson by slug, case-insensitively, and by its 1-based number', () => {
    expect(findLesson('dropout')?.id).toBe('dropout');
    expect(findLesson('L2')?.id).toBe('l2');
    expect(findLesson('1')?.id).toBe('vanishing');
    expect(findLesson('4')?.id).toBe('xavier');
    expect(findLesson('9')?.id).toBe('data');
  });

  it('returns undefined for unknown slugs and numbers out of range', () => {
    expect(findLesson('nope')).toBeUndefined();
    expect(findLesson('0')).toBeUndefined();
    expect(findLesson('10')).toBeUndefined();
  });
});

describe('matchesLesson', () => {
  const l = LESSONS[5];

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
