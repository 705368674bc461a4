import { describe, expect, it } from 'vitest';
import type { Activation } from '../../src/engine/index.ts';
import { createKernels } from '../../src/engine/load.ts';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPS } from '../../src/engine/optimizer.ts';
import { fixedMatrix, KINDS } from './helpers.ts';

/** f(z) and f′ through a = f(z), in double precision. */
const REF: Record<Activation, { f: (z: number) => number; slope: (a: number) => number }> = {
  sigmoid: { f: (z) => 1 / (1 + Math.exp(-z)), slope: (a) => a * (1 - a) },
  tanh: { f: Math.tanh, slope: (a) => 1 - a * a },
  relu: { f: (z) => Math.max(0, z), slope: (a) => (a > 0 ? 1 : 0) },
  leakyRelu: { f: (z) => (z > 0 ? z : 0.01 * z), slope: (a) => (a > 0 ? 1 : 0.01) },
  linear: { f: (z) => z, slope: () => 1 },
};
const ACTS = Object.keys(REF) as Activation[];

describe.each(KINDS)('elementwise kernels (%s)', (kind) => {
  const K = createKernels(kind, 1 << 15);
  const put = (v: ArrayLike<number>) => { const a = K.alloc(v.length); a.set(v); return a; };
  // Odd length (a tail), small and large values, both signs, 0, the saturated ends and beyond the exp range.
  const zs = [0, 1e-8, -1e-8, 0.3, -0.3, 0.624, 0.626, -0.7, 1, -1, 2.5, -4, 8, -9, 15, -20, 50, -87, 90, -100, 300];
  for (let i = 0; i < 200; i++) zs.push(12 * Math.sin(i * 1.7));

  it.each(ACTS)('%s forward matches the double-precision function within a few float32 ulps', (f) => {
    const z = put(zs);
    const a = K.alloc(zs.length);
    K.activate(f, z, a, zs.length);
    zs.forEach((v, i) => {
      const want = REF[f].f(Math.fround(v));
      expect(Math.abs(a[i] - want), `${f}(${v})`).toBeLessThanOrEqual(4e-7 * Math.max(Math.abs(want), 1e-3) + 1e-38);
    });
  });

  it.each(ACTS)('%s backward is dA·mult·f′(a) and returns its sum of squares', (f) => {
    const len = 37;
    const a = put(Array.from({ length: len }, (_, i) => REF[f].f(3 * Math.sin(i))));
    const dA = put(fixedMatrix(1, len, 3));
    const mult = put(Array.from({ length: len }, (_, i) => (i % 3 ? 2 : 0)));
    for (const m of [null, mult]) {
      const out = K.alloc(len);
      const s = K.activationBackward(f, dA, a, m, out, len);
      let want2 = 0;
      for (let i = 0; i < len; i++) {
        const want = dA[i] * (m ? m[i] : 1) * REF[f].slope(a[i]);
        expect(Math.abs(out[i] - want)).toBeLessThan(1e-6);
        want2 += want * want;
      }
      expect(s).toBeCloseTo(want2, 6);
    }
  });

  it('weightGrad adds λW and returns ‖dW‖² and ΣW²; columnSums sums each column', () => {
    const W = put(fixedMatrix(7, 5, 1)), dW = put(fixedMatrix(7, 5, 2));
    const before = dW.slice();
    const sums = new Float64Array(2);
    K.weightGrad(dW, W, 0.1, 35, sums);
    let g2 = 0, w2 = 0;
    for (let i = 0; i < 35; i++) {
      expect(dW[i]).toBeCloseTo(before[i] + 0.1 * W[i], 6);
      g2 += dW[i] ** 2;
      w2 += W[i] ** 2;
    }
    expect(sums[0]).toBeCloseTo(g2, 6);
    expect(sums[1]).toBeCloseTo(w2, 6);
    const db = K.alloc(5);
    K.columnSums(W, db, 7, 5);
    for (let j = 0; j < 5; j++) {
      let s = 0;
      for (let i = 0; i < 7; i++) s += W[i * 5 + j];
      expect(db[j]).toBeCloseTo(s, 6);
    }
  });

  it('sgd, momentum and adam move parameters by their rules and return ‖Δp‖²', () => {
    const len = 23;
    const g = put(fixedMatrix(1, len, 5));
    const p0 = fixedMatrix(1, len, 6);
    const p = put(p0), v = put(fixedMatrix(1, len, 7)), v0 = v.slice();
    expect(K.sgd(p, g, 0.5)).toBeCloseTo(p0.reduce((s, _, i) => s + (0.5 * g[i]) ** 2, 0), 6);
    p0.forEach((w, i) => expect(p[i]).toBeCloseTo(w - 0.5 * g[i], 6));
    const p1 = p.slice();
    K.momentum(p, g, v, 0.1, 0.9);
    p1.forEach((w, i) => expect(p[i]).toBeCloseTo(w + 0.9 * v0[i] - 0.1 * g[i], 6));
    const p2 = p.slice();
    const m = K.alloc(len), s2 = K.alloc(len);
    const c1 = 1 - ADAM_BETA1, c2 = 1 - ADAM_BETA2;
    K.adam(p, g, m, s2, 1e-2, c1, c2);
    p2.forEach((w, i) => {
      const mi = (1 - ADAM_BETA1) * g[i], vi = (1 - ADAM_BETA2) * g[i] * g[i];
      expect(p[i]).toBeCloseTo(w - 1e-2 * (mi / c1) / (Math.sqrt(vi / c2) + ADAM_EPS), 6);
    });
  });
});
