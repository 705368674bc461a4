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

// ---------------------------------------------------------------- elementwise passes

/** Activation codes, as in ../simd.ts: sigmoid, tanh, relu, leaky ReLU, linear. */
const SIGMOID = 0, TANH = 1, RELU = 2, LEAKY = 3;
const LEAKY_SLOPE: f32 = 0.01;

/**
 * eˣ per lane (Cephes expf): x = n·ln2 + r with |r| ≤ ln2/2, eʳ by a degree-7 polynomial, 2ⁿ put
 * into the exponent bits; x clamped to [−87.3, 88.3] so 2ⁿ stays a normal float. About 1 ulp.
 */
// @ts-ignore: decorator
@inline function exp4(x: v128): v128 {
  x = f32x4.min(f32x4.max(x, f32x4.splat(-87.3)), f32x4.splat(88.3));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(1.44269504089)));
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(0.693359375)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(-2.12194440e-4)));
  let p = f32x4.splat(1.9875691500e-4);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.3981999507e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(8.3334519073e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(4.1665795894e-2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.6666665459e-1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(5.0000001201e-1));
  const y = f32x4.add(f32x4.add(f32x4.mul(f32x4.mul(p, r), r), r), f32x4.splat(1));
  const scale = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23);
  return f32x4.mul(y, scale);
}

/** σ(z) = 1/(1 + e⁻ᶻ) per lane. */
// @ts-ignore: decorator
@inline function sigmoid4(z: v128): v128 {
  return f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), exp4(f32x4.neg(z))));
}

/** tanh per lane (Cephes tanhf): an odd polynomial for |z| < 0.625, else 1 − 2/(e^{2|z|} + 1) with z's sign. */
// @ts-ignore: decorator
@inline function tanh4(z: v128): v128 {
  const ax = f32x4.abs(z);
  const z2 = f32x4.mul(z, z);
  let p = f32x4.splat(-5.70498872745e-3);
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(2.06390887954e-2));
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(-5.37397155531e-2));
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(1.33314422036e-1));
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(-3.33332819422e-1));
  const small = f32x4.add(f32x4.mul(f32x4.mul(p, z2), z), z);
  const e = exp4(f32x4.add(ax, ax));
  const big = f32x4.sub(f32x4.splat(1), f32x4.div(f32x4.splat(2), f32x4.add(e, f32x4.splat(1))));
  const signed = v128.or(big, v128.and(z, i32x4.splat(0x80000000)));
  return v128.bitselect(small, signed, f32x4.lt(ax, f32x4.splat(0.625)));
}

// @ts-ignore: decorator
@inline function act4(f: i32, z: v128): v128 {
  if (f == SIGMOID) return sigmoid4(z);
  if (f == TANH) return tanh4(z);
  if (f == RELU) return f32x4.max(z, f32x4.splat(0));
  if (f == LEAKY) return v128.bitselect(z, f32x4.mul(z, f32x4.splat(LEAKY_SLOPE)), f32x4.gt(z, f32x4.splat(0)));
  return z;
}

/** dst = f(src) over len floats (src may be dst): one loop per activation (f constant in each after inlining). */
export function activate(f: i32, src: usize, dst: usize, len: i32): void {
  if (f == SIGMOID) activateLoop(SIGMOID, src, dst, len);
  else if (f == TANH) activateLoop(TANH, src, dst, len);
  else if (f == RELU) activateLoop(RELU, src, dst, len);
  else if (f == LEAKY) activateLoop(LEAKY, src, dst, len);
  else activateLoop(4, src, dst, len);
}

/** The tail of len mod 4 runs one lane at a time. */
// @ts-ignore: decorator
@inline function activateLoop(f: i32, src: usize, dst: usize, len: i32): void {
  const l4 = len & ~3;
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    v128.store(dst + o, act4(f, v128.load(src + o)));
  }
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    store<f32>(dst + o, f32x4.extract_lane(act4(f, f32x4.splat(load<f32>(src + o))), 0));
  }
}

/** f′ through a = f(z): σ′ = a(1−a), tanh′ = 1−a², ReLU′ = [a>0], leaky′ = a>0 ? 1 : slope, linear′ = 1. */
// @ts-ignore: decorator
@inline function slope4(f: i32, a: v128): v128 {
  const one = f32x4.splat(1);
  if (f == SIGMOID) return f32x4.mul(a, f32x4.sub(one, a));
  if (f == TANH) return f32x4.sub(one, f32x4.mul(a, a));
  if (f == RELU) return v128.and(one, f32x4.gt(a, f32x4.splat(0)));
  if (f == LEAKY) return v128.bitselect(one, f32x4.splat(LEAKY_SLOPE), f32x4.gt(a, f32x4.splat(0)));
  return one;
}

/** Σ of the squares of v's lanes added to acc (f64x2 pairs: the norms keep double precision like the JS kernels). */
// @ts-ignore: decorator
@inline function addSquares(acc: v128, v: v128): v128 {
  const lo = f64x2.promote_low_f32x4(v);
  const hi = f64x2.promote_low_f32x4(f32x4.shuffle(v, v, 2, 3, 0, 1));
  return f64x2.add(acc, f64x2.add(f64x2.mul(lo, lo), f64x2.mul(hi, hi)));
}

// @ts-ignore: decorator
@inline function sum2(acc: v128): f64 {
  return f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
}

/** out = dA·mult·f′(a) (mult 0: none) over len floats; returns Σ out². One loop per activation and mult or not. */
export function activationBackward(f: i32, dA: usize, a: usize, mult: usize, out: usize, len: i32): f64 {
  if (mult == 0) {
    if (f == SIGMOID) return backwardLoop(SIGMOID, false, dA, a, mult, out, len);
    if (f == TANH) return backwardLoop(TANH, false, dA, a, mult, out, len);
    if (f == RELU) return backwardLoop(RELU, false, dA, a, mult, out, len);
    if (f == LEAKY) return backwardLoop(LEAKY, false, dA, a, mult, out, len);
    return backwardLoop(4, false, dA, a, mult, out, len);
  }
  if (f == SIGMOID) return backwardLoop(SIGMOID, true, dA, a, mult, out, len);
  if (f == TANH) return backwardLoop(TANH, true, dA, a, mult, out, len);
  if (f == RELU) return backwardLoop(RELU, true, dA, a, mult, out, len);
  if (f == LEAKY) return backwardLoop(LEAKY, true, dA, a, mult, out, len);
  return backwardLoop(4, true, dA, a, mult, out, len);
}

// @ts-ignore: decorator
@inline function backwardLoop(f: i32, masked: bool, dA: usize, a: usize, mult: usize, out: usize, len: i32): f64 {
  const l4 = len & ~3;
  let acc = f64x2.splat(0);
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    let d = v128.load(dA + o);
    if (masked) d = f32x4.mul(d, v128.load(mult + o));
    const g = f32x4.mul(d, slope4(f, v128.load(a + o)));
    v128.store(out + o, g);
    acc = addSquares(acc, g);
  }
  let s = sum2(acc);
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    let d = load<f32>(dA + o);
    if (masked) d *= load<f32>(mult + o);
    const g = d * f32x4.extract_lane(slope4(f, f32x4.splat(load<f32>(a + o))), 0);
    store<f32>(out + o, g);
    s += <f64>g * <f64>g;
  }
  return s;
}

/** ΣW² of the last weightGrad call. */
export let lastW2: f64 = 0;

/** dW += λ·W over len floats; returns ‖dW‖² and leaves ΣW² in lastW2. */
export function weightGrad(dW: usize, W: usize, l2: f32, len: i32): f64 {
  const l4 = len & ~3;
  const lv = f32x4.splat(l2);
  let g2 = f64x2.splat(0), w2 = f64x2.splat(0);
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    const w = v128.load(W + o);
    const d = f32x4.add(v128.load(dW + o), f32x4.mul(lv, w));
    v128.store(dW + o, d);
    g2 = addSquares(g2, d);
    w2 = addSquares(w2, w);
  }
  let gs = sum2(g2), ws = sum2(w2);
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    const w = load<f32>(W + o);
    const d = load<f32>(dW + o) + l2 * w;
    store<f32>(dW + o, d);
    gs += <f64>d * <f64>d;
    ws += <f64>w * <f64>w;
  }
  lastW2 = ws;
  return gs;
}

/** db[j] = Σ_i D[i, j] over the n rows of D [n×m] (the bias gradient). */
export function columnSums(D: usize, db: usize, n: i32, m: i32): void {
  const mb = <usize>m << 2;
  let j = 0;
  for (; j + 4 <= m; j += 4) {
    let s = f32x4.splat(0);
    let p = D + (<usize>j << 2);
    for (let i = 0; i < n; i++, p += mb) s = f32x4.add(s, v128.load(p));
    v128.store(db + (<usize>j << 2), s);
  }
  for (; j < m; j++) {
    let s: f32 = 0;
    let p = D + (<usize>j << 2);
    for (let i = 0; i < n; i++, p += mb) s += load<f32>(p);
    store<f32>(db + (<usize>j << 2), s);
  }
}

/** p ← p − η·g over len floats; returns ‖Δp‖². */
export function sgd(p: usize, g: usize, lr: f32, len: i32): f64 {
  const l4 = len & ~3;
  const nl = f32x4.splat(-lr);
  let acc = f64x2.splat(0);
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    const d = f32x4.mul(nl, v128.load(g + o));
    v128.store(p + o, f32x4.add(v128.load(p + o), d));
    acc = addSquares(acc, d);
  }
  let s = sum2(acc);
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    const d = -lr * load<f32>(g + o);
    store<f32>(p + o, load<f32>(p + o) + d);
    s += <f64>d * <f64>d;
  }
  return s;
}

/** v ← μ·v − η·g; p ← p + v over len floats; returns ‖Δp‖². */
export function momentum(p: usize, g: usize, v: usize, lr: f32, mu: f32, len: i32): f64 {
  const l4 = len & ~3;
  const nl = f32x4.splat(-lr), mv = f32x4.splat(mu);
  let acc = f64x2.splat(0);
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    const d = f32x4.add(f32x4.mul(mv, v128.load(v + o)), f32x4.mul(nl, v128.load(g + o)));
    v128.store(v + o, d);
    v128.store(p + o, f32x4.add(v128.load(p + o), d));
    acc = addSquares(acc, d);
  }
  let s = sum2(acc);
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    const d = mu * load<f32>(v + o) - lr * load<f32>(g + o);
    store<f32>(v + o, d);
    store<f32>(p + o, load<f32>(p + o) + d);
    s += <f64>d * <f64>d;
  }
  return s;
}

/** Adam: m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²; p ← p − η·(m/c1)/(√(v/c2) + ε); returns ‖Δp‖². */
export function adam(p: usize, g: usize, m: usize, v: usize, lr: f32, c1: f32, c2: f32, b1: f32, b2: f32, eps: f32, len: i32): f64 {
  const l4 = len & ~3;
  const B1 = f32x4.splat(b1), B2 = f32x4.splat(b2), C1 = f32x4.splat(1 - b1), C2 = f32x4.splat(1 - b2);
  const iC1 = f32x4.splat(1 / c1), iC2 = f32x4.splat(1 / c2), E = f32x4.splat(eps), nl = f32x4.splat(-lr);
  let acc = f64x2.splat(0);
  for (let i = 0; i < l4; i += 4) {
    const o = <usize>i << 2;
    const gi = v128.load(g + o);
    const mi = f32x4.add(f32x4.mul(B1, v128.load(m + o)), f32x4.mul(C1, gi));
    const vi = f32x4.add(f32x4.mul(B2, v128.load(v + o)), f32x4.mul(C2, f32x4.mul(gi, gi)));
    v128.store(m + o, mi);
    v128.store(v + o, vi);
    const d = f32x4.div(f32x4.mul(nl, f32x4.mul(mi, iC1)), f32x4.add(f32x4.sqrt(f32x4.mul(vi, iC2)), E));
    v128.store(p + o, f32x4.add(v128.load(p + o), d));
    acc = addSquares(acc, d);
  }
  let s = sum2(acc);
  for (let i = l4; i < len; i++) {
    const o = <usize>i << 2;
    const gi = load<f32>(g + o);
    const mi = b1 * load<f32>(m + o) + (1 - b1) * gi;
    const vi = b2 * load<f32>(v + o) + (1 - b2) * gi * gi;
    store<f32>(m + o, mi);
    store<f32>(v + o, vi);
    const d = -lr * (mi * (1 / c1)) / (Mathf.sqrt(vi * (1 / c2)) + eps);
    store<f32>(p + o, load<f32>(p + o) + d);
    s += <f64>d * <f64>d;
  }
  return s;
}

// ---------------------------------------------------------------- batch normalisation (per column of z [n×m])

// @ts-ignore: decorator
@inline function lo64(v: v128): v128 { return f64x2.promote_low_f32x4(v); }
// @ts-ignore: decorator
@inline function hi64(v: v128): v128 { return f64x2.promote_low_f32x4(f32x4.shuffle(v, v, 2, 3, 0, 1)); }
// @ts-ignore: decorator
@inline function to32(lo: v128, hi: v128): v128 {
  return f32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

/**
 * Training mode, 4 units at a time: μ, σ² over the batch (f64 sums, like the JS kernels); invStd =
 * 1/√(σ² + ε); zhat = (z − μ)·invStd; out = γ·zhat + β; running mean/variance (unbiased) moved by
 * momentum mom when update ≠ 0. Units beyond the last multiple of 4 one at a time.
 */
export function bnForwardTrain(
  z: usize, n: i32, m: i32, gamma: usize, beta: usize, zhat: usize, out: usize, invStd: usize,
  runMean: usize, runVar: usize, update: i32, eps: f64, mom: f64,
): void {
  const mb = <usize>m << 2;
  const fn = <f64>n;
  const unb = n > 1 ? <f64>(n - 1) : 1.0;
  let j = 0;
  for (; j + 4 <= m; j += 4) {
    const col = <usize>j << 2;
    let s0 = f64x2.splat(0), s1 = f64x2.splat(0);
    let p = z + col;
    for (let i = 0; i < n; i++, p += mb) { const v = v128.load(p); s0 = f64x2.add(s0, lo64(v)); s1 = f64x2.add(s1, hi64(v)); }
    const inv = f64x2.splat(1 / fn);
    const mu0 = f64x2.mul(s0, inv), mu1 = f64x2.mul(s1, inv);
    let q0 = f64x2.splat(0), q1 = f64x2.splat(0);
    p = z + col;
    for (let i = 0; i < n; i++, p += mb) {
      const v = v128.load(p);
      const d0 = f64x2.sub(lo64(v), mu0), d1 = f64x2.sub(hi64(v), mu1);
      q0 = f64x2.add(q0, f64x2.mul(d0, d0)); q1 = f64x2.add(q1, f64x2.mul(d1, d1));
    }
    const e = f64x2.splat(eps);
    const is = to32(f64x2.div(f64x2.splat(1), f64x2.sqrt(f64x2.add(f64x2.mul(q0, inv), e))),
      f64x2.div(f64x2.splat(1), f64x2.sqrt(f64x2.add(f64x2.mul(q1, inv), e))));
    v128.store(invStd + col, is);
    if (update != 0) {
      const mo = f64x2.splat(mom), om = f64x2.splat(1 - mom), iu = f64x2.splat(1 / unb);
      const rm = v128.load(runMean + col), rv = v128.load(runVar + col);
      v128.store(runMean + col, to32(f64x2.add(f64x2.mul(mo, lo64(rm)), f64x2.mul(om, mu0)),
        f64x2.add(f64x2.mul(mo, hi64(rm)), f64x2.mul(om, mu1))));
      v128.store(runVar + col, to32(f64x2.add(f64x2.mul(mo, lo64(rv)), f64x2.mul(om, f64x2.mul(q0, iu))),
        f64x2.add(f64x2.mul(mo, hi64(rv)), f64x2.mul(om, f64x2.mul(q1, iu)))));
    }
    const mu = to32(mu0, mu1);
    const g = v128.load(gamma + col), b = v128.load(beta + col);
    p = col;
    for (let i = 0; i < n; i++, p += mb) {
      const h = f32x4.mul(f32x4.sub(v128.load(z + p), mu), is);
      v128.store(zhat + p, h);
      v128.store(out + p, f32x4.add(f32x4.mul(g, h), b));
    }
  }
  for (; j < m; j++) {
    const col = <usize>j << 2;
    let s: f64 = 0;
    for (let i = 0, p = z + col; i < n; i++, p += mb) s += <f64>load<f32>(p);
    const mu = s / fn;
    let q: f64 = 0;
    for (let i = 0, p = z + col; i < n; i++, p += mb) { const d = <f64>load<f32>(p) - mu; q += d * d; }
    const is = <f32>(1 / Math.sqrt(q / fn + eps));
    store<f32>(invStd + col, is);
    if (update != 0) {
      store<f32>(runMean + col, <f32>(mom * <f64>load<f32>(runMean + col) + (1 - mom) * mu));
      store<f32>(runVar + col, <f32>(mom * <f64>load<f32>(runVar + col) + (1 - mom) * (q / unb)));
    }
    const g = load<f32>(gamma + col), b = load<f32>(beta + col), mu32 = <f32>mu;
    for (let i = 0, p = col; i < n; i++, p += mb) {
      const h = (load<f32>(z + p) - mu32) * is;
      store<f32>(zhat + p, h);
      store<f32>(out + p, g * h + b);
    }
  }
}

/** Evaluation mode: out = γ·(z − running μ)/√(running σ² + ε) + β (z and out may alias). */
export function bnForwardEval(z: usize, n: i32, m: i32, gamma: usize, beta: usize, runMean: usize, runVar: usize, out: usize, eps: f32): void {
  const mb = <usize>m << 2;
  let j = 0;
  for (; j + 4 <= m; j += 4) {
    const col = <usize>j << 2;
    const scale = f32x4.div(v128.load(gamma + col), f32x4.sqrt(f32x4.add(v128.load(runVar + col), f32x4.splat(eps))));
    const rm = v128.load(runMean + col), b = v128.load(beta + col);
    for (let i = 0, p = col; i < n; i++, p += mb) v128.store(out + p, f32x4.add(f32x4.mul(f32x4.sub(v128.load(z + p), rm), scale), b));
  }
  for (; j < m; j++) {
    const col = <usize>j << 2;
    const scale = load<f32>(gamma + col) / Mathf.sqrt(load<f32>(runVar + col) + eps);
    const rm = load<f32>(runMean + col), b = load<f32>(beta + col);
    for (let i = 0, p = col; i < n; i++, p += mb) store<f32>(out + p, (load<f32>(z + p) - rm) * scale + b);
  }
}

/**
 * Backward through the batch statistics, 4 units at a time: dβ = Σ dy, dγ = Σ dy·ẑ (f64 sums) and
 * dz = γ·invStd/n·(n·dy − Σdy − ẑ·Σ(dy·ẑ)) into dz (may alias dy). Returns Σ dz².
 */
export function bnBackward(dy: usize, zhat: usize, n: i32, m: i32, gamma: usize, invStd: usize, dGamma: usize, dBeta: usize, dz: usize): f64 {
  const mb = <usize>m << 2;
  const fn = <f32>n;
  let acc = f64x2.splat(0);
  let tail: f64 = 0;
  let j = 0;
  for (; j + 4 <= m; j += 4) {
    const col = <usize>j << 2;
    let a0 = f64x2.splat(0), a1 = f64x2.splat(0), b0 = f64x2.splat(0), b1 = f64x2.splat(0);
    for (let i = 0, p = col; i < n; i++, p += mb) {
      const g = v128.load(dy + p), h = v128.load(zhat + p);
      const g0 = lo64(g), g1 = hi64(g);
      a0 = f64x2.add(a0, g0); a1 = f64x2.add(a1, g1);
      b0 = f64x2.add(b0, f64x2.mul(g0, lo64(h))); b1 = f64x2.add(b1, f64x2.mul(g1, hi64(h)));
    }
    const sb = to32(a0, a1), sg = to32(b0, b1);
    v128.store(dBeta + col, sb);
    v128.store(dGamma + col, sg);
    const coef = f32x4.div(f32x4.mul(v128.load(gamma + col), v128.load(invStd + col)), f32x4.splat(fn));
    const nv = f32x4.splat(fn);
    for (let i = 0, p = col; i < n; i++, p += mb) {
      const d = f32x4.mul(coef, f32x4.sub(f32x4.sub(f32x4.mul(nv, v128.load(dy + p)), sb), f32x4.mul(v128.load(zhat + p), sg)));
      v128.store(dz + p, d);
      acc = addSquares(acc, d);
    }
  }
  for (; j < m; j++) {
    const col = <usize>j << 2;
    let a: f64 = 0, b: f64 = 0;
    for (let i = 0, p = col; i < n; i++, p += mb) { const g = <f64>load<f32>(dy + p); a += g; b += g * <f64>load<f32>(zhat + p); }
    const sb = <f32>a, sg = <f32>b;
    store<f32>(dBeta + col, sb);
    store<f32>(dGamma + col, sg);
    const coef = load<f32>(gamma + col) * load<f32>(invStd + col) / fn;
    for (let i = 0, p = col; i < n; i++, p += mb) {
      const d = coef * (fn * load<f32>(dy + p) - sb - load<f32>(zhat + p) * sg);
      store<f32>(dz + p, d);
      tail += <f64>d * <f64>d;
    }
  }
  return sum2(acc) + tail;
}
