import { readFileSync } from 'node:fs';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  crc32, DIGITS, DigitsLoadError, loadDigits, makeData, parseDigits, splitOrder, type DigitsData,
} from '../../src/engine/index.ts';
import { DIGITS_URL } from '../../src/worker/digitsUrl.ts';
import { digits } from './digitsFile.ts';

const fileBytes = () => new Uint8Array(readFileSync(DIGITS_URL));

describe('before loadDigits', () => {
  it('makeData of digits throws a RangeError that says to load them first', () => {
    expect(() => makeData({ name: 'digits', trainSize: 10, noise: 0, labelNoise: 0, seed: 1 })).toThrow(RangeError);
    expect(() => makeData({ name: 'digits', trainSize: 10, noise: 0, labelNoise: 0, seed: 1 })).toThrow(/not loaded yet.*loadDigits/);
  });
});

describe('the digits file', () => {
  it('is 1,797 images of 64 pixels plus 1,797 labels, and its CRC-32 is the one zlib computes', () => {
    const bytes = fileBytes();
    expect(bytes.length).toBe(1797 * 64 + 1797);
    // The expected value comes from Node's zlib, not from the engine's crc32.
    expect(zlibCrc32(bytes)).toBe(DIGITS.crc32);
    expect(crc32(bytes)).toBe(DIGITS.crc32);
  });

  it('holds pixels 0–16 and labels 0–9, each class 174–183 times', () => {
    const bytes = fileBytes();
    let max = 0;
    for (let i = 0; i < 1797 * 64; i++) max = Math.max(max, bytes[i]);
    expect(max).toBe(16);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 1797; i++) counts[bytes[1797 * 64 + i]]++;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1797);
    for (const c of counts) {
      expect(c).toBeGreaterThanOrEqual(174);
      expect(c).toBeLessThanOrEqual(183);
    }
  });

  it('starts with the first digit of the UCI test set (a 0) as its first row', () => {
    const bytes = fileBytes();
    // sklearn's digits.csv.gz row 1: 0,0,5,13,9,1,0,0, 0,0,13,15,10,15,5,0, … label 0.
    expect(Array.from(bytes.subarray(0, 16))).toEqual([0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0]);
    expect(bytes[1797 * 64]).toBe(0);
  });
});

describe('parseDigits refuses a file it cannot trust', () => {
  it('names the length of a short file', () => {
    const bytes = fileBytes().subarray(0, 1000);
    expect(() => parseDigits(bytes)).toThrow(DigitsLoadError);
    expect(() => parseDigits(bytes)).toThrow(/1000 bytes, expected 116805/);
  });

  it('finds one changed pixel by its checksum', () => {
    const bytes = fileBytes().slice();
    bytes[500] ^= 1;
    try {
      parseDigits(bytes);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DigitsLoadError);
      expect((e as DigitsLoadError).problem).toBe('checksum');
    }
  });

  it('rejects an HTML page served in its place (length)', () => {
    const page = new TextEncoder().encode('<!doctype html><title>Backprop Lab</title>');
    expect(() => parseDigits(page)).toThrow(/expected 116805/);
  });

  it('rejects a missing file with a fetch problem, and a later good load still works', async () => {
    const err = await loadDigits(new URL('./no-such-digits.bin', DIGITS_URL)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigitsLoadError);
    expect((err as DigitsLoadError).problem).toBe('fetch');
    expect((err as Error).message).toMatch(/no-such-digits\.bin/);
    await expect(digits()).resolves.toBeTruthy();
  });
});

describe('the digits split and makeData', () => {
  let data: DigitsData;
  beforeAll(async () => {
    data = await digits();
  });

  it('splits into 597 validation and 1,200 training images, together every image once', () => {
    expect(data.val.n).toBe(597);
    expect(data.pool.n).toBe(1200);
    const order = splitOrder();
    expect(new Set(order).size).toBe(1797);
    expect(Math.min(...order)).toBe(0);
    expect(Math.max(...order)).toBe(1796);
  });

  it('is the same split every time (fixed seed 24, stream digits-split)', () => {
    expect(Array.from(splitOrder())).toEqual(Array.from(splitOrder()));
    expect(DIGITS.splitSeed).toBe(24);
    const again = parseDigits(fileBytes());
    expect(again.val.x).toEqual(data.val.x);
    expect(again.pool.labels).toEqual(data.pool.labels);
  });

  it('scales each pixel to value/16 and one-hot encodes its label, image for image as in the file', () => {
    const bytes = fileBytes();
    const order = splitOrder();
    for (const [set, offset] of [[data.val, 0], [data.pool, 597]] as const) {
      for (const r of [0, 1, set.n - 1]) {
        const e = order[offset + r];
        for (let j = 0; j < 64; j++) expect(set.x[r * 64 + j]).toBe(Math.fround(bytes[e * 64 + j] / 16));
        expect(set.labels[r]).toBe(bytes[1797 * 64 + e]);
        expect(Array.from(set.y.subarray(r * 10, r * 10 + 10))).toEqual([...Array(10)].map((_, c) => (c === set.labels[r] ? 1 : 0)));
      }
    }
    let lo = Infinity, hi = -Infinity;
    for (const v of data.pool.x) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    expect([lo, hi]).toEqual([0, 1]);
  });

  it('has every class in both sets in plausible numbers (a random split, not sorted by class)', () => {
    for (const [set, lo, hi] of [[data.val, 40, 80], [data.pool, 95, 145]] as const) {
      const counts = new Array(10).fill(0);
      for (const l of set.labels) counts[l]++;
      for (const c of counts) {
        expect(c).toBeGreaterThanOrEqual(lo);
        expect(c).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('makeData takes the first N of the pool whatever the seed, all 597 for validation, at most 1,200', () => {
    const a = makeData({ name: 'digits', trainSize: 300, noise: 0.2, labelNoise: 0.1, seed: 1 });
    const b = makeData({ name: 'digits', trainSize: 1000, noise: 0, labelNoise: 0, seed: 99, valSize: 10 });
    expect(a.train).toMatchObject({ n: 300, inputs: 64, outputs: 10, classes: 10 });
    expect(a.val.n).toBe(597);
    expect(b.val.n).toBe(597);
    expect(b.train.x.subarray(0, 300 * 64)).toEqual(a.train.x);
    expect(a.train.x).toEqual(data.pool.x.subarray(0, 300 * 64));
    expect(makeData({ name: 'digits', trainSize: 5000, noise: 0, labelNoise: 0, seed: 1 }).train.n).toBe(1200);
  });
});
