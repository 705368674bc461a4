/**
 * The WebAssembly SIMD kernels: one wasm instance and one linear memory per network, sized at
 * creation; buffers are Float32Array views into it, handed out by a bump allocator.
 */
import type { Kernels } from '../kernels.ts';
import { BN_EPS, BN_MOMENTUM } from '../batchnorm.ts';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPS } from '../optimizer.ts';
import type { Activation } from '../types.ts';
import { WASM_BASE64 } from './module.gen.ts';

/** The exports of assembly/kernels.ts (pointers are byte offsets). */
interface Exports {
  matmulABt(A: number, W: number, b: number, Z: number, n: number, k: number, m: number): void;
  matmulAB(D: number, W: number, C: number, n: number, m: number, k: number): void;
  matmulAtB(D: number, A: number, C: number, n: number, m: number, k: number): void;
  activate(f: number, src: number, dst: number, len: number): void;
  activationBackward(f: number, dA: number, a: number, mult: number, out: number, len: number): number;
  weightGrad(dW: number, W: number, l2: number, len: number): number;
  lastW2: WebAssembly.Global;
  columnSums(D: number, db: number, n: number, m: number): void;
  sgd(p: number, g: number, lr: number, len: number): number;
  momentum(p: number, g: number, v: number, lr: number, mu: number, len: number): number;
  adam(p: number, g: number, m: number, v: number, lr: number, c1: number, c2: number, b1: number, b2: number, eps: number, len: number): number;
  bnForwardTrain(z: number, n: number, m: number, gamma: number, beta: number, zhat: number, out: number, invStd: number,
    runMean: number, runVar: number, update: number, eps: number, mom: number): void;
  bnForwardEval(z: number, n: number, m: number, gamma: number, beta: number, runMean: number, runVar: number, out: number, eps: number): void;
  bnBackward(dy: number, zhat: number, n: number, m: number, gamma: number, invStd: number, dGamma: number, dBeta: number, dz: number): number;
}

/** The module's activation codes. */
const ACT: Record<Activation, number> = { sigmoid: 0, tanh: 1, relu: 2, leakyRelu: 3, linear: 4 };

const PAGE = 65536;
/** First byte handed out: offset 0 stays free so that 0 can mean "no array" (no bias). */
const BASE = 64;

/** The module's bytes, decoded once. */
export function wasmBytes(): Uint8Array<ArrayBuffer> {
  const s = atob(WASM_BASE64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

class SimdKernels implements Kernels {
  readonly kind = 'simd' as const;
  private readonly memory: WebAssembly.Memory;
  private readonly x: Exports;
  private buf: ArrayBuffer;
  /** Next free byte, and the end of the memory. */
  private top = BASE;
  private end: number;

  constructor(module: WebAssembly.Module, floats: number) {
    const pages = Math.ceil((BASE + 4 * floats) / PAGE) + 1;
    this.memory = new WebAssembly.Memory({ initial: pages });
    this.x = new WebAssembly.Instance(module, { env: { memory: this.memory } }).exports as unknown as Exports;
    this.buf = this.memory.buffer as ArrayBuffer;
    this.end = this.buf.byteLength;
  }

  alloc(len: number): Float32Array<ArrayBuffer> {
    const bytes = (4 * len + 15) & ~15;
    if (this.top + bytes > this.end) {
      throw new RangeError(`SIMD network memory exhausted: ${len} floats asked, ${(this.end - this.top) >> 2} left`);
    }
    const a = new Float32Array(this.buf, this.top, len);
    this.top += bytes;
    return a;
  }

  owns(arr: Float32Array): boolean {
    return arr.buffer === this.buf;
  }

  grow(floats: number, holders: readonly object[]): void {
    const views: [Record<string, unknown>, string, number, number][] = [];
    for (const h of holders) {
      for (const [key, v] of Object.entries(h)) {
        if (v instanceof Float32Array && v.buffer === this.buf) views.push([h as Record<string, unknown>, key, v.byteOffset, v.length]);
      }
    }
    this.memory.grow(Math.ceil((4 * floats + 16 * 64) / PAGE) + 1);
    this.buf = this.memory.buffer as ArrayBuffer;
    this.end = this.buf.byteLength;
    for (const [h, key, off, len] of views) h[key] = new Float32Array(this.buf, off, len);
  }

  /** Byte offset of arr in this memory; throws when it lives elsewhere (a kernel would read garbage). */
  private at(arr: Float32Array): number {
    if (arr.buffer !== this.buf) throw new Error('SIMD kernel given an array outside its network’s memory');
    return arr.byteOffset;
  }

  matmulABt(A: Float32Array, W: Float32Array, b: Float32Array | null, Z: Float32Array, n: number, k: number, m: number): void {
    this.x.matmulABt(this.at(A), this.at(W), b === null ? 0 : this.at(b), this.at(Z), n, k, m);
  }

  matmulAB(D: Float32Array, W: Float32Array, C: Float32Array, n: number, m: number, k: number): void {
    this.x.matmulAB(this.at(D), this.at(W), this.at(C), n, m, k);
  }

  matmulAtB(D: Float32Array, A: Float32Array, C: Float32Array, n: number, m: number, k: number): void {
    this.x.matmulAtB(this.at(D), this.at(A), this.at(C), n, m, k);
  }

  activate(f: Activation, src: Float32Array, dst: Float32Array, len: number): void {
    this.x.activate(ACT[f], this.at(src), this.at(dst), len);
  }

  activationBackward(f: Activation, dA: Float32Array, a: Float32Array, mult: Float32Array | null, out: Float32Array, len: number): number {
    return this.x.activationBackward(ACT[f], this.at(dA), this.at(a), mult === null ? 0 : this.at(mult), this.at(out), len);
  }

  weightGrad(dW: Float32Array, W: Float32Array, l2: number, len: number, sums: Float64Array): void {
    sums[0] = this.x.weightGrad(this.at(dW), this.at(W), l2, len);
    sums[1] = this.x.lastW2.value as number;
  }

  columnSums(D: Float32Array, db: Float32Array, n: number, m: number): void {
    this.x.columnSums(this.at(D), this.at(db), n, m);
  }

  sgd(p: Float32Array, g: Float32Array, lr: number): number {
    return this.x.sgd(this.at(p), this.at(g), lr, p.length);
  }

  momentum(p: Float32Array, g: Float32Array, v: Float32Array, lr: number, mu: number): number {
    return this.x.momentum(this.at(p), this.at(g), this.at(v), lr, mu, p.length);
  }

  adam(p: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, lr: number, c1: number, c2: number): number {
    return this.x.adam(this.at(p), this.at(g), this.at(m), this.at(v), lr, c1, c2, ADAM_BETA1, ADAM_BETA2, ADAM_EPS, p.length);
  }

  bnForwardTrain(z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array, zhat: Float32Array,
    out: Float32Array, invStd: Float32Array, runMean: Float32Array, runVar: Float32Array, updateRunning: boolean): void {
    this.x.bnForwardTrain(this.at(z), n, m, this.at(gamma), this.at(beta), this.at(zhat), this.at(out), this.at(invStd),
      this.at(runMean), this.at(runVar), updateRunning ? 1 : 0, BN_EPS, BN_MOMENTUM);
  }

  bnForwardEval(z: Float32Array, n: number, m: number, gamma: Float32Array, beta: Float32Array,
    runMean: Float32Array, runVar: Float32Array, out: Float32Array): void {
    this.x.bnForwardEval(this.at(z), n, m, this.at(gamma), this.at(beta), this.at(runMean), this.at(runVar), this.at(out), BN_EPS);
  }

  bnBackward(dy: Float32Array, zhat: Float32Array, n: number, m: number, gamma: Float32Array, invStd: Float32Array,
    dGamma: Float32Array, dBeta: Float32Array, dz: Float32Array): number {
    return this.x.bnBackward(this.at(dy), this.at(zhat), n, m, this.at(gamma), this.at(invStd), this.at(dGamma), this.at(dBeta), this.at(dz));
  }
}

/** SIMD kernels with room for floats floats (plus alignment), on a new instance of module. */
export function simdKernels(module: WebAssembly.Module, floats: number): Kernels {
  return new SimdKernels(module, floats);
}
