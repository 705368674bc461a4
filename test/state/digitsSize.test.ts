import { describe, expect, it } from 'vitest';
import { clampDigitsSize } from '../../src/state/digitsSize.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';

const digits = { ...DEFAULT_CONFIG, dataset: 'digits' as const };
const none = { knob: null, values: [] };

describe('N on the digits (1,200 training digits there are)', () => {
  it('clamps a larger N to 1,200 with a notice naming what was asked', () => {
    const r = clampDigitsSize({ ...digits, trainSize: 5000 }, none);
    expect(r.config.trainSize).toBe(1200);
    expect(r.notice).toEqual({ param: 'trainSize', given: '5000', used: '1200', kind: 'clamped' });
  });

  it('clamps compared values of N too, keeping those that fit', () => {
    const r = clampDigitsSize({ ...digits, trainSize: 100 }, { knob: 'trainSize', values: [50, 2000] });
    expect(r.comparison.values).toEqual([50, 1200]);
    expect(r.config.trainSize).toBe(100);
    expect(r.notice?.given).toBe('2000');
  });

  it('leaves N of 1,200 or less, and any N of the 2-D data sets, as it is, without a notice', () => {
    const fits = clampDigitsSize({ ...digits, trainSize: 1200 }, none);
    expect(fits.notice).toBeNull();
    expect(fits.config.trainSize).toBe(1200);
    const flat = clampDigitsSize({ ...DEFAULT_CONFIG, trainSize: 5000 }, none);
    expect(flat.notice).toBeNull();
    expect(flat.config.trainSize).toBe(5000);
  });
});
