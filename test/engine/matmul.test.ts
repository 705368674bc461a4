import { describe, expect, it } from 'vitest';
import { createKernels } from '../../src/engine/load.ts';
import { fixedMatrix, KINDS } from './helpers.ts';

const shapes: [number, number, number][] = [
  [1, 1, 1], [3, 5, 7], [4, 4, 4], [5, 2, 1], [7, 9, 13], [8, 16, 4], [13, 6, 11], [32, 17, 64], [2, 64, 3], [33, 130, 9], [6, 3, 129],
];

function maxAbsDiff(a: Float32Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe.each(KINDS)('matrix products (%s kernels)', (kind) => {
  // Room for every matrix of the largest shape; each test copies its inputs into the kernels' memory.
  const K = createKernels(kind, 1 << 16);
  const put = (v: Float32Array) => { const a = K.alloc(v.length); a.set(v); return a; };
  const take = (len: number) => K.alloc(len).fill(NaN);

  it.each(shapes)('Z = A·Wᵀ + b matches the naive product for n=%i k=%i m=%i', (n, k, m) => {
    const A = put(fixedMatrix(n, k, 1)), W = put(fixedMatrix(m, k, 2)), b = put(fixedMatrix(1, m, 3));
    const Z = take(n * m);
    K.matmulABt(A, W, b, Z, n, k, m);
    const ref = new Float64Array(n * m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      let s = b[j];
      for (let p = 0; p < k; p++) s += A[i * k + p] * W[j * k + p];
      ref[i * m + j] = s;
    }
    expect(maxAbsDiff(Z, ref)).toBeLessThan(1e-5);
    K.matmulABt(A, W, null, Z, n, k, m);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) ref[i * m + j] -= b[j];
    expect(maxAbsDiff(Z, ref)).toBeLessThan(1e-5);
  });

  it.each(shapes)('C = D·W matches the naive product for n=%i m=%i k=%i', (n, m, k) => {
    const D = put(fixedMatrix(n, m, 4)), W = put(fixedMatrix(m, k, 5));
    const C = take(n * k);
    K.matmulAB(D, W, C, n, m, k);
    const ref = new Float64Array(n * k);
    for (let i = 0; i < n; i++) for (let p = 0; p < k; p++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += D[i * m + j] * W[j * k + p];
      ref[i * k + p] = s;
    }
    expect(maxAbsDiff(C, ref)).toBeLessThan(1e-5);
  });

  it.each(shapes)('C = Dᵀ·A matches the naive product for n=%i m=%i k=%i', (n, m, k) => {
    const D = put(fixedMatrix(n, m, 6)), A = put(fixedMatrix(n, k, 7));
    const C = take(m * k);
    K.matmulAtB(D, A, C, n, m, k);
    const ref = new Float64Array(m * k);
    for (let j = 0; j < m; j++) for (let p = 0; p < k; p++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += D[i * m + j] * A[i * k + p];
      ref[j * k + p] = s;
    }
    expect(maxAbsDiff(C, ref)).toBeLessThan(1e-5);
  });
});
