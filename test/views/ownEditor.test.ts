import { describe, expect, it } from 'vitest';
import { format, MESSAGES, type MessageKey } from '../../src/i18n/index.ts';
import { fromView, toView } from '../../src/views/boundary/ownPaint.ts';
import { errorText, summaryText } from '../../src/views/boundary/ownText.ts';

const tEn = (k: MessageKey, p?: Record<string, string | number>) => format(MESSAGES.en[k], p);
const tKo = (k: MessageKey, p?: Record<string, string | number>) => format(MESSAGES.ko[k], p);

describe('own data editor texts', () => {
  it('counts the points per set and class', () => {
    const d = { classes: 2 as const, points: [
      { x: 0, y: 0, label: 0, split: 'train' as const },
      { x: 0, y: 0, label: 1, split: 'train' as const },
      { x: 0, y: 0, label: 1, split: 'train' as const },
      { x: 0, y: 0, label: 1, split: 'val' as const },
    ] };
    expect(summaryText(tEn, d)).toBe('3 training points: 1 class 0, 2 class 1. 1 validation points: 0 class 0, 1 class 1.');
    expect(summaryText(tEn, null)).toBe('0 training points: none. 0 validation points: none.');
    expect(summaryText(tKo, d)).toBe('학습 점 3개: 클래스 0 1개, 클래스 1 2개. 검증 점 1개: 클래스 0 0개, 클래스 1 1개.');
  });

  it('names the line or the reason of each reading error, in English and Korean', () => {
    expect(errorText(tEn, { code: 'notNumber', line: 7, value: 'abc' })).toBe('line 7: “abc” is not a number');
    expect(errorText(tEn, { code: 'tooManyRows', count: 5001, max: 5000 })).toBe('the file has 5,001 rows, and at most 5,000 are read');
    expect(errorText(tEn, { code: 'fileTooBig', bytes: 50_000_000, max: 20_000_000 })).toBe('the file is 50.0 MB, and at most 20 MB are read');
    expect(errorText(tEn, { code: 'empty' })).toBe('there are no data rows');
    expect(errorText(tKo, { code: 'notNumber', line: 7, value: 'abc' })).toBe('7번째 줄: “abc”는 수가 아닙니다');
    for (const code of ['columns', 'oneClass', 'tooManyClasses', 'badSplit', 'otherApp', 'otherVersion', 'badData', 'badLink'] as const) {
      const e = { code, line: 3, count: 4, value: 'q' } as Parameters<typeof errorText>[1];
      expect(errorText(tEn, e)).not.toMatch(/\{\w+\}/);
      expect(errorText(tKo, e)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('drawing area coordinates', () => {
  it('maps ±1.7 onto the square with y up, and pixels back within ±1.5', () => {
    expect(toView(340, -1.7, 1.7)).toEqual([0, 0]);
    expect(toView(340, 0, 0)).toEqual([170, 170]);
    expect(fromView(340, 170, 85)).toEqual([0, 0.85]);
    expect(fromView(340, 0, 340)).toEqual([-1.5, -1.5]);
  });
});
