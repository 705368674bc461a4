/**
 * One measurement in a fresh process: `worker.ts <engine|kernel> <W1|W2|W3> <warmSec> <timeSec>`.
 * Engines: warm-up (warmSec of CPU time), then training steps in chunks of 10 until the process has had timeSec of CPU
 * time; result = examples / elapsed, both per wall-clock second and per CPU second. Kernel: the
 * same for the 4×4 matmul at the workload's shape.
 * The result goes to the parent over IPC (or to stdout as JSON when run by hand).
 */
import { circles, digits } from './data.ts';
import { ALL_ENGINE_IDS, loadEngine, type EngineId } from './engines/index.ts';
import { createKernels } from '../src/engine/load.ts';
import { matmul4x4, matmulNaive } from './kernel.ts';
import { kernelShape, workloadById, type Workload } from './workloads.ts';

export interface EngineResult {
  kind: 'engine';
  engine: string;
  workload: string;
  /** Examples per second of wall-clock time. */
  examplesPerSec: number;
  /** Examples per second of this process's CPU time (user + system). */
  examplesPerCpuSec: number;
  examples: number;
  steps: number;
  seconds: number;
  cpuSeconds: number;
  lossBefore: number;
  lossAfter: number;
}
export interface KernelResult {
  kind: 'kernel';
  /** kernel: the plain-JS 4×4 C = A·B; kernel-simd: our SIMD A·Wᵀ, Dᵀ·A and D·W of one layer step. */
  engine: 'kernel' | 'kernel-simd';
  workload: string;
  shape: string;
  /** GFLOP/s by wall-clock and by CPU time. */
  gflops: number;
  gflopsCpu: number;
  seconds: number;
  cpuSeconds: number;
}
export interface ErrorResult {
  kind: 'error';
  engine: string;
  workload: string;
  message: string;
}
export type WorkerResult = EngineResult | KernelResult | ErrorResult;

const CHUNK = 10; // steps between clock reads; a multiple of the app's stats cadence (10)

/** Seconds of CPU time (user + system) this process has used since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

/**
 * Runs body (one chunk of work, returning how many units it did) until the process has had
 * timeSec of CPU time (on a shared machine wall-clock time also counts time spent descheduled),
 * or 3·timeSec of wall-clock time, whichever comes first.
 */
function timed(timeSec: number, body: () => number): { units: number; seconds: number; cpuSeconds: number } {
  let units = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let cpu = 0;
  let wall = 0;
  do {
    units += body();
    cpu = cpuSince(c0);
    wall = (performance.now() - t0) / 1000;
  } while (cpu < timeSec && wall < 3 * timeSec);
  return { units, seconds: wall, cpuSeconds: cpu };
}

async function measureEngine(id: EngineId, w: Workload, warmSec: number, timeSec: number): Promise<EngineResult> {
  const data = w.data === 'digits' ? await digits(w.points) : circles(w.points);
  const runner = await (await loadEngine(id))(w, data);
  const lossBefore = runner.loss();
  timed(warmSec, () => {
    for (let i = 0; i < CHUNK; i++) runner.step();
    runner.sync();
    return CHUNK;
  });
  const e0 = runner.examples();
  const { units: steps, seconds, cpuSeconds } = timed(timeSec, () => {
    for (let i = 0; i < CHUNK; i++) runner.step();
    runner.sync();
    return CHUNK;
  });
  const examples = runner.examples() - e0;
  const lossAfter = runner.loss();
  return {
    kind: 'engine', engine: id, workload: w.id,
    examplesPerSec: examples / seconds, examplesPerCpuSec: examples / cpuSeconds,
    examples, steps, seconds, cpuSeconds, lossBefore, lossAfter,
  };
}

function measureKernel(w: Workload, warmSec: number, timeSec: number): KernelResult {
  const { m, k, n } = kernelShape(w);
  const A = new Float32Array(m * k).map((_, i) => Math.sin(i) * 0.5);
  const B = new Float32Array(k * n).map((_, i) => Math.cos(i) * 0.5);
  const C = new Float32Array(m * n);
  const ref = new Float32Array(m * n);
  matmulNaive(A, B, ref, m, k, n);
  matmul4x4(A, B, C, m, k, n);
  for (let i = 0; i < C.length; i++) {
    if (Math.abs(C[i] - ref[i]) > 1e-3 * (1 + Math.abs(ref[i]))) throw new Error(`kernel wrong at ${i}`);
  }
  const reps = Math.max(1, Math.round(2e5 / (m * k * n))); // ~0.1–1 ms per chunk
  timed(warmSec, () => {
    for (let r = 0; r < reps; r++) matmul4x4(A, B, C, m, k, n);
    return reps;
  });
  const { units: calls, seconds, cpuSeconds } = timed(timeSec, () => {
    for (let r = 0; r < reps; r++) matmul4x4(A, B, C, m, k, n);
    return reps;
  });
  const flop = 2 * m * k * n * calls;
  return { kind: 'kernel', engine: 'kernel', workload: w.id, shape: `${m}×${k}×${n}`, gflops: flop / seconds / 1e9, gflopsCpu: flop / cpuSeconds / 1e9, seconds, cpuSeconds };
}

/**
 * Our SIMD kernels (src/engine/simd) at the workload's shape b×w×w: the three products of one
 * layer's training step — Z = A·Wᵀ (forward), dW = Dᵀ·A and dA = D·W (backward), 6·b·w² flops —
 * checked against the JS kernels, timed like the JS kernel.
 */
function measureSimdKernel(w: Workload, warmSec: number, timeSec: number): KernelResult {
  const { m: b, k: width } = kernelShape(w);
  const K = createKernels('simd', 8 * b * width + 4 * width * width + 64);
  const js = createKernels('js', 0);
  const Ak = K.alloc(b * width); Ak.set(new Float32Array(b * width).map((_, i) => Math.sin(i) * 0.5));
  const W = K.alloc(width * width); W.set(new Float32Array(width * width).map((_, i) => Math.cos(i) * 0.5));
  const D = K.alloc(b * width); D.set(new Float32Array(b * width).map((_, i) => Math.sin(3 * i) * 0.5));
  const Z = K.alloc(b * width), dW = K.alloc(width * width), dA = K.alloc(b * width);
  const trio = () => {
    K.matmulABt(Ak, W, null, Z, b, width, width);
    K.matmulAtB(D, Ak, dW, b, width, width);
    K.matmulAB(D, W, dA, b, width, width);
  };
  trio();
  const ref = new Float32Array(width * width);
  js.matmulAtB(D, Ak, ref, b, width, width);
  for (let i = 0; i < ref.length; i++) {
    if (Math.abs(dW[i] - ref[i]) > 1e-3 * (1 + Math.abs(ref[i]))) throw new Error(`SIMD kernel wrong at ${i}`);
  }
  const reps = Math.max(1, Math.round(2e5 / (3 * b * width * width)));
  timed(warmSec, () => { for (let r = 0; r < reps; r++) trio(); return reps; });
  const { units: calls, seconds, cpuSeconds } = timed(timeSec, () => { for (let r = 0; r < reps; r++) trio(); return reps; });
  const flop = 6 * b * width * width * calls;
  return { kind: 'kernel', engine: 'kernel-simd', workload: w.id, shape: `${b}×${width}×${width}`, gflops: flop / seconds / 1e9, gflopsCpu: flop / cpuSeconds / 1e9, seconds, cpuSeconds };
}

async function main(): Promise<void> {
  const [engine = '', wid = '', warm = '0.5', time = '1'] = process.argv.slice(2);
  let result: WorkerResult;
  try {
    const w = workloadById(wid);
    if (engine === 'kernel') result = measureKernel(w, Number(warm), Number(time));
    else if (engine === 'kernel-simd') result = measureSimdKernel(w, Number(warm), Number(time));
    else if ((ALL_ENGINE_IDS as readonly string[]).includes(engine)) result = await measureEngine(engine as EngineId, w, Number(warm), Number(time));
    else throw new Error(`unknown engine ${engine}`);
  } catch (e) {
    result = { kind: 'error', engine, workload: wid, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  if (process.send) await new Promise<void>((res) => process.send!(result, () => res()));
  else console.log(JSON.stringify(result));
}

await main();
