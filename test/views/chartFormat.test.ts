import { describe, expect, it } from 'vitest';
import { formatLoss, formatMagnitude, formatPow10, formatSci, formatStep, superscript } from '../../src/views/ui/format.ts';
import { logDomain, powersOfTen, toLog, LOG_FLOOR } from '../../src/views/ui/logScale.ts';

describe('chart number formats', () => {
  it('writes exponents in superscript digits with a real minus', () => {
    expect(superscript(-12)).toBe('⁻¹²');
    expect(formatPow10(1e-4)).toBe('10⁻⁴');
    expect(formatPow10(1)).toBe('10⁰');
    expect(formatPow10(100)).toBe('10²');
  });

  it('writes small ratios as a power of ten and drops a mantissa of 1', () => {
    expect(formatMagnitude(1e-4)).toBe('10⁻⁴');
    expect(formatMagnitude(3.2e-5)).toBe('3×10⁻⁵');
    expect(formatMagnitude(9.7e-3)).toBe('10⁻²');
    expect(formatSci(2.96e-6, 2)).toBe('3×10⁻⁶');
  });

  it('writes ratios from 0.01 up as plain numbers with two significant digits', () => {
    expect(formatMagnitude(0.01)).toBe('0.01');
    expect(formatMagnitude(0.4512)).toBe('0.45');
    expect(formatMagnitude(3.74)).toBe('3.7');
    expect(formatMagnitude(250)).toBe('250');
  });

  it('shows a dash for missing or non-finite values', () => {
    expect(formatMagnitude(NaN)).toBe('—');
    expect(formatMagnitude(null)).toBe('—');
    expect(formatLoss(Infinity)).toBe('—');
  });

  it('writes losses with three decimals and tiny ones as powers of ten', () => {
    expect(formatLoss(0.6931)).toBe('0.693');
    expect(formatLoss(9.5e-5)).toBe('9.5×10⁻⁵');
  });

  it('shortens large step counts', () => {
    expect(formatStep(1500)).toBe('1500');
    expect(formatStep(12000)).toBe('12k');
  });
});

describe('log scale helpers', () => {
  it('floors zeros and tiny values, and turns NaN and infinities into gaps', () => {
    expect(toLog(0)).toBe(LOG_FLOOR);
    expect(toLog(1e-20)).toBe(LOG_FLOOR);
    expect(toLog(NaN)).toBeNull();
    expect(toLog(Infinity)).toBeNull();
    expect(toLog(0.5)).toBe(0.5);
  });

  it('snaps a domain outward to powers of ten, at least one decade wide', () => {
    expect(logDomain([3e-6, 0.2])).toEqual([1e-6, 1]);
    expect(logDomain([1e-3, 1e-3])).toEqual([1e-4, 1e-2]);
    expect(logDomain([0, 0.5])).toEqual([1e-12, 1]);
  });

  it('thins powers of ten to a maximum count, keeping the top one', () => {
    expect(powersOfTen([1e-8, 1], 20)).toEqual([1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(powersOfTen([1e-8, 1], 3)).toEqual([1e-6, 1e-3, 1]);
  });
});
