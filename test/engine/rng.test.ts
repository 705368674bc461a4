import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../src/engine/index.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.nextU32());
    expect(Array.from({ length: 20 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextU32())).not.toEqual(sa);
  });

  it('derives independent streams per purpose from one seed', () => {
    expect(deriveSeed(1, 'init')).not.toBe(deriveSeed(1, 'dropout'));
    expect(deriveSeed(1, 'init', 0)).not.toBe(deriveSeed(1, 'init', 1));
    expect(createRng(1, 'batch').uniform()).toBe(createRng(1, 'batch').uniform());
    expect(createRng(1, 'batch').uniform()).not.toBe(createRng(1, 'dropout').uniform());
  });

  it('draws uniforms in [0, 1) with mean ½ and variance 1/12', () => {
    const r = createRng(3);
    let s = 0, s2 = 0, lo = 1, hi = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const u = r.uniform(); s += u; s2 += u * u; lo = Math.min(lo, u); hi = Math.max(hi, u); }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(s / n).toBeCloseTo(0.5, 2);
    expect(s2 / n - (s / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    const r = createRng(4);
    let s = 0, s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const z = r.normal(); s += z; s2 += z * z; }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(s2 / n).toBeGreaterThan(0.98);
    expect(s2 / n).toBeLessThan(1.02);
  });

  it('draws integers in [0, n) covering every value', () => {
    const r = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) { const v = r.int(7); expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThan(7); seen.add(v); }
    expect(seen.size).toBe(7);
  });
});
