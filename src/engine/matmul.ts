/**
 * Dense matrix products on row-major Float32Arrays, 4×4 register-blocked
 * (16 scalar accumulators, 8 loads per 16 multiply-adds), scalar tails for
 * sizes not divisible by 4. Outputs are overwritten, never accumulated.
 */

/** Z[n×m] = A[n×k]·Wᵀ + b, with W row-major [m×k] and b [m] (or null for no bias). */
export function matmulABt(
  A: Float32Array, W: Float32Array, b: Float32Array | null, Z: Float32Array,
  n: number, k: number, m: number,
): void {
  const n4 = n & ~3;
  const m4 = m & ~3;
  for (let i = 0; i < n4; i += 4) {
    const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    for (let j = 0; j < m4; j += 4) {
      const w0 = j * k, w1 = w0 + k, w2 = w1 + k, w3 = w2 + k;
      const b0 = b === null ? 0 : b[j], b1 = b === null ? 0 : b[j + 1];
      const b2 = b === null ? 0 : b[j + 2], b3 = b === null ? 0 : b[j + 3];
      let c00 = b0, c01 = b1, c02 = b2, c03 = b3;
      let c10 = b0, c11 = b1, c12 = b2, c13 = b3;
      let c20 = b0, c21 = b1, c22 = b2, c23 = b3;
      let c30 = b0, c31 = b1, c32 = b2, c33 = b3;
      for (let p = 0; p < k; p++) {
        const x0 = A[a0 + p], x1 = A[a1 + p], x2 = A[a2 + p], x3 = A[a3 + p];
        const y0 = W[w0 + p], y1 = W[w1 + p], y2 = W[w2 + p], y3 = W[w3 + p];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      let z = i * m + j;
      Z[z] = c00; Z[z + 1] = c01; Z[z + 2] = c02; Z[z + 3] = c03; z += m;
      Z[z] = c10; Z[z + 1] = c11; Z[z + 2] = c12; Z[z + 3] = c13; z += m;
      Z[z] = c20; Z[z + 1] = c21; Z[z + 2] = c22; Z[z + 3] = c23; z += m;
      Z[z] = c30; Z[z + 1] = c31; Z[z + 2] = c32; Z[z + 3] = c33;
    }
    for (let j = m4; j < m; j++) {
      const w0 = j * k;
      const bj = b === null ? 0 : b[j];
      let c0 = bj, c1 = bj, c2 = bj, c3 = bj;
      for (let p = 0; p < k; p++) {
        const y = W[w0 + p];
        c0 += A[a0 + p] * y; c1 += A[a1 + p] * y; c2 += A[a2 + p] * y; c3 += A[a3 + p] * y;
      }
      Z[i * m + j] = c0; Z[(i + 1) * m + j] = c1; Z[(i + 2) * m + j] = c2; Z[(i + 3) * m + j] = c3;
    }
  }
  for (let i = n4; i < n; i++) {
    const a0 = i * k;
    for (let j = 0; j < m; j++) {
      const w0 = j * k;
      let c = b === null ? 0 : b[j];
      for (let p = 0; p < k; p++) c += A[a0 + p] * W[w0 + p];
      Z[i * m + j] = c;
    }
  }
}

/** C[n×k] = D[n×m]·W, with W row-major [m×k] (back-propagates ∂L/∂z to the layer's inputs). */
export function matmulAB(
  D: Float32Array, W: Float32Array, C: Float32Array,
  n: number, m: number, k: number,
): void {
  const n4 = n & ~3;
  const k4 = k & ~3;
  for (let i = 0; i < n4; i += 4) {
    const d0 = i * m, d1 = d0 + m, d2 = d1 + m, d3 = d2 + m;
    for (let p = 0; p < k4; p += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let j = 0, w = p; j < m; j++, w += k) {
        const x0 = D[d0 + j], x1 = D[d1 + j], x2 = D[d2 + j], x3 = D[d3 + j];
        const y0 = W[w], y1 = W[w + 1], y2 = W[w + 2], y3 = W[w + 3];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      let c = i * k + p;
      C[c] = c00; C[c + 1] = c01; C[c + 2] = c02; C[c + 3] = c03; c += k;
      C[c] = c10; C[c + 1] = c11; C[c + 2] = c12; C[c + 3] = c13; c += k;
      C[c] = c20; C[c + 1] = c21; C[c + 2] = c22; C[c + 3] = c23; c += k;
      C[c] = c30; C[c + 1] = c31; C[c + 2] = c32; C[c + 3] = c33;
    }
    for (let p = k4; p < k; p++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let j = 0, w = p; j < m; j++, w += k) {
        const y = W[w];
        c0 += D[d0 + j] * y; c1 += D[d1 + j] * y; c2 += D[d2 + j] * y; c3 += D[d3 + j] * y;
      }
      C[i * k + p] = c0; C[(i + 1) * k + p] = c1; C[(i + 2) * k + p] = c2; C[(i + 3) * k + p] = c3;
    }
  }
  for (let i = n4; i < n; i++) {
    const d0 = i * m;
    for (let p = 0; p < k; p++) {
      let c = 0;
      for (let j = 0, w = p; j < m; j++, w += k) c += D[d0 + j] * W[w];
      C[i * k + p] = c;
    }
  }
}

/** C[m×k] = D[n×m]ᵀ·A[n×k] (the weight gradient Σ over the batch of δ·aᵀ). */
export function matmulAtB(
  D: Float32Array, A: Float32Array, C: Float32Array,
  n: number, m: number, k: number,
): void {
  const m4 = m & ~3;
  const k4 = k & ~3;
  for (let j = 0; j < m4; j += 4) {
    for (let p = 0; p < k4; p += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
      let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
      let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let i = 0, d = j, a = p; i < n; i++, d += m, a += k) {
        const x0 = D[d], x1 = D[d + 1], x2 = D[d + 2], x3 = D[d + 3];
        const y0 = A[a], y1 = A[a + 1], y2 = A[a + 2], y3 = A[a + 3];
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      let c = j * k + p;
      C[c] = c00; C[c + 1] = c01; C[c + 2] = c02; C[c + 3] = c03; c += k;
      C[c] = c10; C[c + 1] = c11; C[c + 2] = c12; C[c + 3] = c13; c += k;
      C[c] = c20; C[c + 1] = c21; C[c + 2] = c22; C[c + 3] = c23; c += k;
      C[c] = c30; C[c + 1] = c31; C[c + 2] = c32; C[c + 3] = c33;
    }
    for (let p = k4; p < k; p++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let i = 0, d = j, a = p; i < n; i++, d += m, a += k) {
        const y = A[a];
        c0 += D[d] * y; c1 += D[d + 1] * y; c2 += D[d + 2] * y; c3 += D[d + 3] * y;
      }
      C[j * k + p] = c0; C[(j + 1) * k + p] = c1; C[(j + 2) * k + p] = c2; C[(j + 3) * k + p] = c3;
    }
  }
  for (let j = m4; j < m; j++) {
    for (let p = 0; p < k; p++) {
      let c = 0;
      for (let i = 0, d = j, a = p; i < n; i++, d += m, a += k) c += D[d] * A[a];
      C[j * k + p] = c;
    }
  }
}
