import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { LESSONS } from '../../src/state/lessons.ts';

/** Proper names and terms of art that read the same in Korean. */
const SAME_IN_BOTH = new Set(['Backprop Lab', 'ReLU', 'Leaky ReLU', 'XOR', 'SGD', 'Adam', 'He', 'Xavier (Glorot)', 'WebAssembly SIMD', 'SIMD', 'JS']);
/** A value "has words" when it holds a run of two or more letters; single-letter maths like ‖∂L/∂W‖ does not. */
const WORD = /\p{L}{2,}/u;

const enMap: Record<string, string> = en;
const koMap: Record<string, string> = ko;

describe('English and Korean messages', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(koMap).sort()).toEqual(Object.keys(enMap).sort());
  });

  it('leave no Korean message empty', () => {
    const empty = Object.keys(koMap).filter((k) => koMap[k].trim() === '');
    expect(empty).toEqual([]);
  });

  it('translate every message that has words, except proper names on the allow-list', () => {
    const untranslated = Object.keys(enMap).filter(
      (k) => WORD.test(enMap[k]) && koMap[k] === enMap[k] && !SAME_IN_BOTH.has(enMap[k]),
    );
    expect(untranslated).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(enMap).filter((k) => names(enMap[k]).join() !== names(koMap[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have a title, what to look for, a prediction with its choices and what happened for every lesson', () => {
    for (const l of LESSONS) {
      const keys = ['title', 'look', 'predict', 'happened', ...Array.from({ length: l.choices }, (_, i) => `choice${i + 1}`)];
      for (const k of keys) {
        expect(enMap[`lessons.${l.id}.${k}`], `${l.id}.${k}`).toBeTruthy();
        expect(koMap[`lessons.${l.id}.${k}`], `${l.id}.${k}`).toBeTruthy();
      }
      expect(enMap[`lessons.${l.id}.choice${l.choices + 1}`], `${l.id} has no extra choice`).toBeUndefined();
    }
  });

  it('hold Korean (Hangul) in every Korean lesson sentence', () => {
    const lessonKeys = Object.keys(koMap).filter((k) => k.startsWith('lessons.') && WORD.test(enMap[k]));
    const noHangul = lessonKeys.filter((k) => !/[\uac00-\ud7a3]/.test(koMap[k]) && !SAME_IN_BOTH.has(koMap[k]));
    expect(noHangul).toEqual([]);
  });
});
