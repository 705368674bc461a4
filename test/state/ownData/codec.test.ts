import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/rng.ts';
import { decodeOwnData, encodeOwnData, MAX_URL_POINTS, snap, type OwnData } from '../../../src/state/ownData/tools.ts';

function randomData(n: number, drawn: boolean, classes: 2 | 3 = 3): OwnData {
  const rng = createRng(5, 'data-train');
  const v = () => (drawn ? snap(3 * rng.uniform() - 1.5) : Math.fround(3 * rng.uniform() - 1.5));
  return {
    classes,
    points: Array.from({ length: n }, () => ({ x: v(), y: v(), label: rng.int(classes), split: rng.uniform() < 0.25 ? 'val' as const : 'train' as const })),
  };
}

describe('the data URL parameter', () => {
  it('round-trips drawn points (1/1000 grid) exactly, compactly, in URL-safe characters only', () => {
    const d = randomData(MAX_URL_POINTS, true);
    const text = encodeOwnData(d)!;
    expect(text.startsWith('1q3')).toBe(true);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(text)).toBe(text);
    expect(text.length).toBeLessThan(1400);
    expect(decodeOwnData(text)).toEqual({ ok: true, data: d });
  });

  it('round-trips any float32 coordinates bit for bit (extremes, −0, tiny values included)', () => {
    const d = randomData(50, false, 2);
    d.points.push({ x: -1.5, y: 1.5, label: 1, split: 'val' }, { x: -0, y: Math.fround(1e-30), label: 0, split: 'train' });
    const text = encodeOwnData(d)!;
    expect(text.startsWith('1f2')).toBe(true);
    expect(encodeURIComponent(text)).toBe(text);
    const back = decodeOwnData(text);
    if (!back.ok) throw new Error(back.error.code);
    expect(back.data).toEqual(d);
    expect(Object.is(back.data.points.at(-1)!.x, -0)).toBe(true);
    expect(randomData(MAX_URL_POINTS, false).points.length && encodeOwnData(randomData(MAX_URL_POINTS, false))!.length).toBeLessThan(3400);
  });

  it('writes no parameter for more than 300 points (the JSON export carries those)', () => {
    expect(encodeOwnData(randomData(MAX_URL_POINTS + 1, true))).toBeNull();
  });

  it('an empty drawing round-trips too', () => {
    const d: OwnData = { classes: 2, points: [] };
    expect(decodeOwnData(encodeOwnData(d)!)).toEqual({ ok: true, data: d });
  });

  it.each([
    ['', 'too short'],
    ['2q2AAA', 'unknown format "2"'],
    ['1z2AAA', 'unknown mode "z"'],
    ['1q4AAA', 'classes must be 2 or 3'],
    ['1q2AA*A', 'not base64url'],
    ['1q2AAE', 'truncated'],
  ])('refuses %j with a reason (%s)', (text, reason) => {
    expect(decodeOwnData(text)).toEqual({ ok: false, error: { code: 'badLink', value: reason } });
  });

  it('refuses a link cut short or with bytes left over, and labels outside the classes', () => {
    const text = encodeOwnData(randomData(20, true))!;
    expect(decodeOwnData(text.slice(0, -6)).ok).toBe(false);
    expect(decodeOwnData(`${text}AAAA`)).toEqual({ ok: false, error: { code: 'badLink', value: 'wrong length' } });
    // A three-class stream read as two classes has labels of 2 somewhere.
    expect(decodeOwnData(`1q2${text.slice(3)}`)).toMatchObject({ ok: false, error: { code: 'badLink' } });
  });
});
