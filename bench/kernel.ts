/**
 * Reference plain-JS kernel: C[m×n] = A[m×k] · B[k×n], Float32Array, row-major, with 4×4 register
 * blocking — 16 scalar accumulators, each k step an outer product (axpy order) of 4 values of A's
 * column by 4 values of B's row. This is about the fastest a matrix multiply gets in plain JS on
 * V8 (no SIMD), so it is the yardstick for "close to what plain JS can do".
 */
export function matmul4x4(A: Float32Array, B: Float32Array, C: Float32Array, m: number, k: number, n: number): void {
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const r0 = i * k;
    const r1 = r0 + k;
    const r2 = r1 + k;
    const r3 = r2 + k;
    let j = 0;
    for (; j + 4 <= n; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      let bo = j;
      for (let p = 0; p < k; p++, bo += n) {
        const a0 = A[r0 + p], a1 = A[r1 + p], a2 = A[r2 + p], a3 = A[r3 + p];
        const b0 = B[bo], b1 = B[bo + 1], b2 = B[bo + 2], b3 = B[bo + 3];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      let o = i * n + j;
      C[o] = c00; C[o + 1] = c01; C[o + 2] = c02; C[o + 3] = c03; o += n;
      C[o] = c10; C[o + 1] = c11; C[o + 2] = c12; C[o + 3] = c13; o += n;
      C[o] = c20; C[o + 1] = c21; C[o + 2] = c22; C[o + 3] = c23; o += n;
      C[o] = c30; C[o + 1] = c31; C[o + 2] = c32; C[o + 3] = c33;
    }
    for (; j < n; j++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let p = 0, bo = j; p < k; p++, bo += n) {
        const b = B[bo];
        c0 += A[r0 + p] * b; c1 += A[r1 + p] * b; c2 += A[r2 + p] * b; c3 += A[r3 + p] * b;
      }
      C[i * n + j] = c0; C[(i + 1) * n + j] = c1; C[(i + 2) * n + j] = c2; C[(i + 3) * n + j] = c3;
    }
  }
  for (; i < m; i++) {
    const r = i * k;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let p = 0, bo = j; p < k; p++, bo += n) c += A[r + p] * B[bo];
      C[i * n + j] = c;
    }
  }
}

/** Plain triple loop, used only to check matmul4x4. */
export function matmulNaive(A: Float32Array, B: Float32Array, C: Float32Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let p = 0; p < k; p++) c += A[i * k + p] * B[p * n + j];
      C[i * n + j] = c;
    }
}
