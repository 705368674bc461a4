import { describe, expect, it } from 'vitest';
import { chordOf, CHORD_PEAK, F_LOW, LOG_MAX, LOG_MIN, OCTAVES, tonePan, toneFrequency, voiceGain } from '../../../src/views/sound/pitch.ts';

describe('gradient pitch', () => {
  it('is 110 Hz at 1e-8 and four octaves higher (1760 Hz) at 10, clamped beyond', () => {
    expect([F_LOW, OCTAVES, LOG_MIN, LOG_MAX]).toEqual([110, 4, -8, 1]);
    expect(toneFrequency(1e-8)).toBeCloseTo(110, 9);
    expect(toneFrequency(10)).toBeCloseTo(1760, 9);
    expect(toneFrequency(1e-12)).toBeCloseTo(110, 9);
    expect(toneFrequency(1e6)).toBeCloseTo(1760, 9);
  });

  it('moves the same interval for the same ratio of norms: 4/9 octave per factor of 10', () => {
    for (const g of [1e-7, 3e-5, 0.002, 0.5]) {
      const octaves = Math.log2((toneFrequency(g * 10) as number) / (toneFrequency(g) as number));
      expect(octaves).toBeCloseTo(4 / 9, 9);
    }
  });

  it('rises with the norm everywhere in range', () => {
    let last = 0;
    for (let e = -8; e <= 1; e += 0.25) {
      const f = toneFrequency(10 ** e) as number;
      expect(f).toBeGreaterThan(last);
      last = f;
    }
  });

  it('falls silent (null) for zero, negative, NaN and infinite norms', () => {
    for (const g of [0, -1, NaN, Infinity]) expect(toneFrequency(g)).toBeNull();
  });

  it('pans the first hidden layer left, the last right and a single one centre', () => {
    expect(tonePan(0, 8)).toBe(-0.8);
    expect(tonePan(7, 8)).toBe(0.8);
    expect(tonePan(0, 1)).toBe(0);
    expect(tonePan(1, 3)).toBeCloseTo(0, 12);
  });

  it('splits the chord level among the voices and follows the volume', () => {
    expect(voiceGain(1, 4) * 4).toBeCloseTo(CHORD_PEAK, 12);
    expect(voiceGain(0.5, 2)).toBeCloseTo(CHORD_PEAK / 4, 12);
    expect(voiceGain(2, 1)).toBe(CHORD_PEAK);
    expect(voiceGain(1, 0)).toBe(0);
  });

  it('makes a sinking chord of a vanishing gradient: the first layer lowest', () => {
    const chord = chordOf([1e-7, 1e-5, 1e-3], 1);
    const f = chord.map((v) => v.frequency as number);
    expect(f[0]).toBeLessThan(f[1]);
    expect(f[1]).toBeLessThan(f[2]);
    expect(Math.log2(f[2] / f[0])).toBeCloseTo((4 / 9) * 4, 9);
    expect(chord.map((v) => v.pan)).toEqual([-0.8, 0, 0.8]);
  });
});
