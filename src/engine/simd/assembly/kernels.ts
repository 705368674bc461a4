// WebAssembly SIMD (f32x4) kernels of the engine, in AssemblyScript (built by ../build.mjs).
// Every pointer is a byte offset into the imported memory; matrices are row-major f32.
// No allocation, no runtime: the JS side owns the memory layout (src/engine/simd/arena.ts).

// ---------------------------------------------------------------- matrix products

/** [Σc0, Σc1, Σc2, Σc3]: the horizontal sums of four vectors, by two 4×4 transposing shuffles. */
// @ts-ignore: decorator
@inline function hsum4(c0: v128, c1: v128, c2: v128, c3: v128): v128 {
  const u01 = f32x4.add(f32x4.shuffle(c0, c1, 0, 4, 1, 5), f32x4.shuffle(c0, c1, 2, 6, 3, 7));
  const u23 = f32x4.add(f32x4.shuffle(c2, c3, 0, 4, 1, 5), f32x4.shuffle(c2, c3, 2, 6, 3, 7));
  return f32x4.add(f32x4.shuffle(u01, u23, 0, 1, 4, 5), f32x4.shuffle(u01, u23, 2, 3, 6, 7));
}

// @ts-ignore: decorator
@inline function hsum(c: v128): f32 {
  const s = f32x4.add(c, f32x4.shuffle(c, c, 2, 3, 0, 1));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1);
}

/** The 4 values W[j..j+3][p] (rows k floats apart) as one vector. */
// @ts-ignore: decorator
@inline function column4(W: usize, rowBytes: usize): v128 {
  let v = f32x4.splat(load<f32>(W));
  v = f32x4.replace_lane(v, 1, load<f32>(W + rowBytes));
  v = f32x4.replace_lane(v, 2, load<f32>(W + 2 * rowBytes));
  return f32x4.replace_lane(v, 3, load<f32>(W + 3 * rowBytes));
}

/**
 * Z[n×m] = A[n×k]·Wᵀ + b (W [m×k], b [m] or 0 for none): dot products along k, 2 rows × 4 outputs
 * per block (8 accumulators), horizontal sums by shuffles, scalar tails for k, m, n not ÷ 4 / 2.
 */
export function matmulABt(A: usize, W: usize, b: usize, Z: usize, n: i32, k: i32, m: i32): void {
  const k4 = k & ~3;
  const kb = <usize>k << 2;
  const mb = <usize>m << 2;
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const a0 = A + <usize>i * kb;
    const a1 = a0 + kb;
    const z0 = Z + <usize>i * mb;
    const z1 = z0 + mb;
    let j = 0;
    for (; j + 4 <= m; j += 4) {
      const w0 = W + <usize>j * kb;
      const w1 = w0 + kb, w2 = w1 + kb, w3 = w2 + kb;
      let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c02 = f32x4.splat(0), c03 = f32x4.splat(0);
      let c10 = f32x4.splat(0), c11 = f32x4.splat(0), c12 = f32x4.splat(0), c13 = f32x4.splat(0);
      for (let p = 0; p < k4; p += 4) {
        const o = <usize>p << 2;
        const x0 = v128.load(a0 + o), x1 = v128.load(a1 + o);
        let y = v128.load(w0 + o);
        c00 = f32x4.add(c00, f32x4.mul(x0, y)); c10 = f32x4.add(c10, f32x4.mul(x1, y));
        y = v128.load(w1 + o);
        c01 = f32x4.add(c01, f32x4.mul(x0, y)); c11 = f32x4.add(c11, f32x4.mul(x1, y));
        y = v128.load(w2 + o);
        c02 = f32x4.add(c02, f32x4.mul(x0, y)); c12 = f32x4.add(c12, f32x4.mul(x1, y));
        y = v128.load(w3 + o);
        c03 = f32x4.add(c03, f32x4.mul(x0, y)); c13 = f32x4.add(c13, f32x4.mul(x1, y));
      }
      let r0 = hsum4(c00, c01, c02, c03);
      let r1 = hsum4(c10, c11, c12, c13);
      for (let p = k4; p < k; p++) {
        const o = <usize>p << 2;
        const y = column4(w0 + o, kb);
        r0 = f32x4.add(r0, f32x4.mul(f32x4.splat(load<f32>(a0 + o)), y));
        r1 = f32x4.add(r1, f32x4.mul(f32x4.splat(load<f32>(a1 + o)), y));
      }
      if (b != 0) {
        const bv = v128.load(b + (<usize>j << 2));
        r0 = f32x4.add(r0, bv);
        r1 = f32x4.add(r1, bv);
      }
      v128.store(z0 + (<usize>j << 2), r0);
      v128.store(z1 + (<usize>j << 2), r1);
    }
    for (; j < m; j++) {
      const w0 = W + <usize>j * kb;
      let c0 = f32x4.splat(0), c1 = f32x4.splat(0);
      for (let p = 0; p < k4; p += 4) {
        const o = <usize>p << 2;
        const y = v128.load(w0 + o);
        c0 = f32x4.add(c0, f32x4.mul(v128.load(a0 + o), y));
        c1 = f32x4.add(c1, f32x4.mul(v128.load(a1 + o), y));
      }
      let s0 = hsum(c0), s1 = hsum(c1);
      for (let p = k4; p < k; p++) {
        const o = <usize>p << 2;
        const y = load<f32>(w0 + o);
        s0 += load<f32>(a0 + o) * y;
        s1 += load<f32>(a1 + o) * y;
      }
      const bj: f32 = b != 0 ? load<f32>(b + (<usize>j << 2)) : 0;
      store<f32>(z0 + (<usize>j << 2), s0 + bj);
      store<f32>(z1 + (<usize>j << 2), s1 + bj);
    }
  }
  for (; i < n; i++) {
    const a0 = A + <usize>i * kb;
    const z0 = Z + <usize>i * mb;
    for (let j = 0; j < m; j++) {
      const w0 = W + <usize>j * kb;
      let c0 = f32x4.splat(0);
      for (let p = 0; p < k4; p += 4) {
        const o = <usize>p << 2;
        c0 = f32x4.add(c0, f32x4.mul(v128.load(a0 + o), v128.load(w0 + o)));
      }
      let s0 = hsum(c0);
      for (let p = k4; p < k; p++) {
        const o = <usize>p << 2;
        s0 += load<f32>(a0 + o) * load<f32>(w0 + o);
      }
      const bj: f32 = b != 0 ? load<f32>(b + (<usize>j << 2)) : 0;
      store<f32>(z0 + (<usize>j << 2), s0 + bj);
    }
  }
}

/**
 * C[rows×k] = Σ_s L(r, s)·R[s, ·] over s < steps, R row-major [steps×k]; L(r, s) is the f32 at
 * L + r·lRow + s·lStep bytes. Axpy order: 4 rows × 8 columns per block (8 accumulators), each step
 * 4 broadcasts of L and 2 loads of R. matmulAB and matmulAtB are this with different strides.
 */
function gemmAxpy(L: usize, lRow: usize, lStep: usize, R: usize, C: usize, rows: i32, steps: i32, k: i32): void {
  const kb = <usize>k << 2;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const l0 = L + <usize>r * lRow;
    const l1 = l0 + lRow, l2 = l1 + lRow, l3 = l2 + lRow;
    const c0 = C + <usize>r * kb;
    const c1 = c0 + kb, c2 = c1 + kb, c3 = c2 + kb;
    let p = 0;
    for (; p + 8 <= k; p += 8) {
      let a00 = f32x4.splat(0), a01 = f32x4.splat(0), a10 = f32x4.splat(0), a11 = f32x4.splat(0);
      let a20 = f32x4.splat(0), a21 = f32x4.splat(0), a30 = f32x4.splat(0), a31 = f32x4.splat(0);
      let rp = R + (<usize>p << 2);
      let ls: usize = 0;
      for (let s = 0; s < steps; s++, rp += kb, ls += lStep) {
        const y0 = v128.load(rp), y1 = v128.load(rp, 16);
        let x = f32x4.splat(load<f32>(l0 + ls));
        a00 = f32x4.add(a00, f32x4.mul(x, y0)); a01 = f32x4.add(a01, f32x4.mul(x, y1));
        x = f32x4.splat(load<f32>(l1 + ls));
        a10 = f32x4.add(a10, f32x4.mul(x, y0)); a11 = f32x4.add(a11, f32x4.mul(x, y1));
        x = f32x4.splat(load<f32>(l2 + ls));
        a20 = f32x4.add(a20, f32x4.mul(x, y0)); a21 = f32x4.add(a21, f32x4.mul(x, y1));
        x = f32x4.splat(load<f32>(l3 + ls));
        a30 = f32x4.add(a30, f32x4.mul(x, y0)); a31 = f32x4.add(a31, f32x4.mul(x, y1));
      }
      const o = <usize>p << 2;
      v128.store(c0 + o, a00); v128.store(c0 + o, a01, 16);
      v128.store(c1 + o, a10); v128.store(c1 + o, a11, 16);
      v128.store(c2 + o, a20); v128.store(c2 + o, a21, 16);
      v128.store(c3 + o, a30); v128.store(c3 + o, a31, 16);
    }
    for (; p + 4 <= k; p += 4) {
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      let rp = R + (<usize>p << 2);
      let ls: usize = 0;
      for (let s = 0; s < steps; s++, rp += kb, ls += lStep) {
        const y = v128.load(rp);
        a0 = f32x4.add(a0, f32x4.mul(f32x4.splat(load<f32>(l0 + ls)), y));
        a1 = f32x4.add(a1, f32x4.mul(f32x4.splat(load<f32>(l1 + ls)), y));
        a2 = f32x4.add(a2, f32x4.mul(f32x4.splat(load<f32>(l2 + ls)), y));
        a3 = f32x4.add(a3, f32x4.mul(f32x4.splat(load<f32>(l3 + ls)), y));
      }
      const o = <usize>p << 2;
      v128.store(c0 + o, a0); v128.store(c1 + o, a1); v128.store(c2 + o, a2); v128.store(c3 + o, a3);
    }
    for (; p < k; p++) {
      // 4 rows of one column at once: [L(r..r+3, s)]·R[s, p].
      let a = f32x4.splat(0);
      let rp = R + (<usize>p << 2);
      let ls: usize = 0;
      for (let s = 0; s < steps; s++, rp += kb, ls += lStep) {
        a = f32x4.add(a, f32x4.mul(column4(l0 + ls, lRow), f32x4.splat(load<f32>(rp))));
      }
      const o = <usize>p << 2;
      store<f32>(c0 + o, f32x4.extract_lane(a, 0)); store<f32>(c1 + o, f32x4.extract_lane(a, 1));
      store<f32>(c2 + o, f32x4.extract_lane(a, 2)); store<f32>(c3 + o, f32x4.extract_lane(a, 3));
    }
  }
  for (; r < rows; r++) {
    const l0 = L + <usize>r * lRow;
    const c0 = C + <usize>r * kb;
    let p = 0;
    for (; p + 4 <= k; p += 4) {
      let a0 = f32x4.splat(0);
      let rp = R + (<usize>p << 2);
      let ls: usize = 0;
      for (let s = 0; s < steps; s++, rp += kb, ls += lStep) {
        a0 = f32x4.add(a0, f32x4.mul(f32x4.splat(load<f32>(l0 + ls)), v128.load(rp)));
      }
      v128.store(c0 + (<usize>p << 2), a0);
    }
    for (; p < k; p++) {
      let a: f32 = 0;
      let rp = R + (<usize>p << 2);
      let ls: usize = 0;
      for (let s = 0; s < steps; s++, rp += kb, ls += lStep) a += load<f32>(l0 + ls) * load<f32>(rp);
      store<f32>(c0 + (<usize>p << 2), a);
    }
  }
}

/** C[n×k] = D[n×m]·W, W [m×k] (∂L/∂z back to the layer's inputs). */
export function matmulAB(D: usize, W: usize, C: usize, n: i32, m: i32, k: i32): void {
  gemmAxpy(D, <usize>m << 2, 4, W, C, n, m, k);
}

/** C[m×k] = D[n×m]ᵀ·A[n×k] (the weight gradient Σ over the batch of δ·aᵀ). */
export function matmulAtB(D: usize, A: usize, C: usize, n: i32, m: i32, k: i32): void {
  gemmAxpy(D, 4, <usize>m << 2, A, C, m, n, k);
}
