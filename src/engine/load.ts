/**
 * Choosing the kernels: loadKernels() compiles the SIMD module once, checks it against the JS
 * kernels on a small case (some browsers have shipped wrong SIMD results) and falls back to JS,
 * with a reason, when WebAssembly, SIMD or the check fails. Never throws.
 */
import { jsKernels, type KernelKind, type Kernels } from './kernels.ts';
import type { KernelProblem } from './types.ts';
import { simdKernels, wasmBytes } from './simd/simd.ts';
import { WASM_BYTES } from './simd/module.gen.ts';

/** What loadKernels() found. */
export interface KernelReport {
  /** The kind createNetwork uses by default: 'simd' when the module loaded and passed its self-test. */
  kind: KernelKind;
  /** Why SIMD is not used (null when it is): no WebAssembly, no SIMD, a failed compile (CSP), a failed self-test. */
  reason: string | null;
  /** The kind of that reason, as data (null when SIMD is used). */
  problem: KernelProblem | null;
  /** Size of the SIMD module in bytes. */
  moduleBytes: number;
}

let module: WebAssembly.Module | null = null;
let report: KernelReport | null = null;
let pending: Promise<KernelKind> | null = null;

/** Call once; resolves to what createNetwork will use by default ('js' if anything about SIMD fails). */
export function loadKernels(): Promise<KernelKind> {
  pending ??= (async () => {
    let reason: string | null = null;
    let problem: KernelProblem | null = null;
    try {
      if (typeof WebAssembly !== 'object') {
        reason = 'WebAssembly is not available';
        problem = 'unsupported';
      } else {
        const bytes = wasmBytes();
        if (!WebAssembly.validate(bytes)) {
          reason = 'this WebAssembly has no SIMD';
          problem = 'unsupported';
        } else {
          const m = await WebAssembly.compile(bytes);
          reason = selfTest(m);
          if (reason === null) module = m;
          else problem = 'selfTest';
        }
      }
    } catch (e) {
      reason = `the SIMD module did not load: ${e instanceof Error ? e.message : String(e)}`;
      problem = 'loadFailed';
    }
    report = { kind: reason === null ? 'simd' : 'js', reason, problem, moduleBytes: WASM_BYTES };
    return report.kind;
  })();
  return pending;
}

/** The outcome of loadKernels(), or null before it has resolved. */
export function kernelReport(): KernelReport | null {
  return report;
}

/** The default kind: loadKernels()' result once resolved, else 'js'. */
export function defaultKernelKind(): KernelKind {
  return report?.kind ?? 'js';
}

/**
 * Kernels of the given kind for one network with room for floats floats. 'simd' before
 * loadKernels() compiles the module synchronously (Node, workers) and self-tests it; an error
 * naming the reason when SIMD cannot be used.
 */
export function createKernels(kind: KernelKind, floats: number): Kernels {
  if (kind === 'js') return jsKernels();
  if (module === null) {
    if (report !== null && report.reason !== null) throw new Error(`SIMD kernels are not available: ${report.reason}`);
    let m: WebAssembly.Module;
    try {
      m = new WebAssembly.Module(wasmBytes());
    } catch (e) {
      throw new Error(`SIMD kernels are not available: ${e instanceof Error ? e.message : String(e)}`);
    }
    const why = selfTest(m);
    if (why !== null) throw new Error(`SIMD kernels are not available: ${why}`);
    module = m;
  }
  return simdKernels(module, floats);
}

/** Shapes with every tail of the blocked loops (rows, outputs and inputs not multiples of 2, 4, 8). */
const TEST_SHAPES: readonly [number, number, number][] = [[5, 7, 6], [4, 8, 9], [3, 2, 13], [9, 12, 1]];

/** null when the SIMD kernels match the JS ones to float rounding (matmuls on TEST_SHAPES, the elementwise passes and batch norm on short vectors), else what differed. */
export function selfTest(m: WebAssembly.Module): string | null {
  const floats = TEST_SHAPES.reduce((s, [n, k, c]) => s + 2 * (n * k + c * k + c + 2 * n * c + c * k + n * k) + 64, 0) + 1024;
  const simd = simdKernels(m, floats);
  const js = jsKernels();
  let seed = 12345;
  const fill = (a: Float32Array) => {
    for (let i = 0; i < a.length; i++) { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; a[i] = seed / 2 ** 31 - 1; }
    return a;
  };
  const close = (a: Float32Array, b: Float32Array) => a.every((v, i) => Math.abs(v - b[i]) <= 1e-5 * (1 + Math.abs(b[i])));
  for (const [n, k, c] of TEST_SHAPES) {
    const A = fill(simd.alloc(n * k)), W = fill(simd.alloc(c * k)), b = fill(simd.alloc(c));
    const D = fill(simd.alloc(n * c)), Z = simd.alloc(n * c), dW = simd.alloc(c * k), dA = simd.alloc(n * k);
    const Zj = new Float32Array(n * c), dWj = new Float32Array(c * k), dAj = new Float32Array(n * k);
    simd.matmulABt(A, W, b, Z, n, k, c); js.matmulABt(A, W, b, Zj, n, k, c);
    simd.matmulAtB(D, A, dW, n, c, k); js.matmulAtB(D, A, dWj, n, c, k);
    simd.matmulAB(D, W, dA, n, c, k); js.matmulAB(D, W, dAj, n, c, k);
    if (!close(Z, Zj)) return `SIMD self-test failed: A·Wᵀ at ${n}×${k}×${c}`;
    if (!close(dW, dWj)) return `SIMD self-test failed: Dᵀ·A at ${n}×${k}×${c}`;
    if (!close(dA, dAj)) return `SIMD self-test failed: D·W at ${n}×${k}×${c}`;
  }
  // The elementwise passes: every activation forward and backward (with a dropout multiplier), and an SGD update.
  const len = 23;
  const z = fill(simd.alloc(len)), mult = fill(simd.alloc(len));
  for (let i = 0; i < len; i++) z[i] *= 6;
  for (const f of ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'] as const) {
    const a = simd.alloc(len), aj = new Float32Array(len), d = simd.alloc(len), dj = new Float32Array(len);
    simd.activate(f, z, a, len); js.activate(f, z, aj, len);
    if (!close(a, aj)) return `SIMD self-test failed: ${f}`;
    const s = simd.activationBackward(f, mult, a, z, d, len), sj = js.activationBackward(f, mult, a, z, dj, len);
    if (!close(d, dj) || Math.abs(s - sj) > 1e-5 * (1 + sj)) return `SIMD self-test failed: ${f} backward`;
  }
  const p = simd.alloc(len), pj = new Float32Array(len);
  p.set(z); pj.set(z);
  const s = simd.sgd(p, mult, 0.1), sj = js.sgd(pj, mult, 0.1);
  if (!close(p, pj) || Math.abs(s - sj) > 1e-5 * (1 + sj)) return 'SIMD self-test failed: SGD update';
  // Batch norm forward (training mode, 6 units: a group of 4 and a tail) and backward on a 5-row batch.
  const [bn, bm] = [5, 6];
  const bz = fill(simd.alloc(bn * bm)), g = fill(simd.alloc(bm)), be = fill(simd.alloc(bm));
  const outs = [0, 1].map(() => ({ zhat: simd.alloc(bn * bm), out: simd.alloc(bn * bm), inv: simd.alloc(bm),
    rm: simd.alloc(bm), rv: simd.alloc(bm).fill(1), dG: simd.alloc(bm), dB: simd.alloc(bm), dz: simd.alloc(bn * bm), s: 0 }));
  [simd, js].forEach((K, i) => {
    const o = outs[i];
    K.bnForwardTrain(bz, bn, bm, g, be, o.zhat, o.out, o.inv, o.rm, o.rv, true);
    o.s = K.bnBackward(bz, o.zhat, bn, bm, g, o.inv, o.dG, o.dB, o.dz);
  });
  const [u, v] = outs;
  if (!close(u.out, v.out) || !close(u.rv, v.rv) || !close(u.dz, v.dz) || !close(u.dG, v.dG) || Math.abs(u.s - v.s) > 1e-5 * (1 + v.s)) {
    return 'SIMD self-test failed: batch norm';
  }
  return null;
}
