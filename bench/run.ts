/**
 * `npm run bench` — our engine beside JS peers on three MLP workloads, plus a plain-JS matmul
 * kernel as the yardstick. Every (engine, workload) measurement runs in its own child process
 * (bench/worker.ts), interleaved: round r measures every engine once per workload, the engine
 * order rotating between rounds; medians over rounds are reported. A bench is not a test: it
 * prints PASS/MISS per target and exits 0 unless it could not run at all.
 *
 * Options:
 *   --quick            1 round, shorter warm-up and timing (smoke run)
 *   --rounds=N         rounds (default 3)
 *   --time=S           seconds of CPU time timed per measurement (default 1; at most 3× that in wall-clock)
 *   --warm=S           seconds of CPU time of warm-up per measurement (default 0.5)
 *   --engines=a,b      subset of ours,ours-js,tfjs-cpu,tfjs-wasm,brain.js,brain.js-2beta,convnetjs,kernel,kernel-simd
 *   --workloads=W1,W2  subset of W1,W2,W3,W4,W5 (W4: ours on both kernel kinds and the kernels only; W5: the digits)
 *   --clock=cpu|wall   rate per second of the child's CPU time (default: robust on a shared
 *                      machine) or per wall-clock second; the other is printed beside it
 *   --cpu-prof         write a V8 CPU profile of each "ours"/"ours-js" child to bench/results/prof/
 * "ours" is our engine on its SIMD kernels, "ours-js" on its plain-JS kernels. brain.js 2.0.0-beta.24
 * is installed on first use into bench/peers/ with scripts off (bench/peers.ts); BENCH_BRAIN2=<folder>
 * loads another copy.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_ENGINE_IDS, ENGINE_IDS, OURS } from './engines/index.ts';
import { ensurePeers } from './peers.ts';
import { ENGINE_URL } from './engines/ours.ts';
import { FOOTNOTES } from './footnotes.ts';
import type { WorkerResult } from './worker.ts';
import { WORKLOADS, kernelShape, weightCount, type Workload } from './workloads.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const WORKER = path.join(HERE, 'worker.ts');
const RESULTS = path.join(HERE, 'results');

/**
 * Per workload: ours (SIMD) ÷ best peer; ours' effective GFLOP/s as a share of our SIMD kernels'
 * (simdShare) and ours-js' as a share of the JS kernel's (jsShare); ours ÷ ours-js (simdOverJs).
 */
const TARGETS: Record<string, { vsPeer?: number; simdShare?: number; jsShare?: number; simdOverJs?: number }> = {
  W1: { vsPeer: 2 },
  W2: { vsPeer: 5, simdShare: 0.5, jsShare: 0.6 },
  W3: { vsPeer: 3, simdShare: 0.5, jsShare: 0.6 },
  W4: { simdOverJs: 4 },
  W5: { vsPeer: 2 },
};
const KERNELS = ['kernel', 'kernel-simd'];

interface Options {
  rounds: number;
  time: number;
  warm: number;
  engines: string[];
  workloads: Workload[];
  cpuProf: boolean;
  quick: boolean;
  clock: 'cpu' | 'wall';
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    rounds: 3,
    time: 1,
    warm: 0.5,
    engines: [...ENGINE_IDS, ...KERNELS],
    workloads: [...WORKLOADS],
    cpuProf: false,
    quick: false,
    clock: 'cpu',
  };
  for (const a of argv) {
    const [k, v = ''] = a.split('=');
    if (k === '--quick') Object.assign(o, { quick: true, rounds: 1, time: 0.4, warm: 0.2 });
    else if (k === '--rounds') o.rounds = Math.max(1, Number(v));
    else if (k === '--time') o.time = Number(v);
    else if (k === '--warm') o.warm = Number(v);
    else if (k === '--engines') o.engines = v.split(',');
    else if (k === '--workloads') o.workloads = v.split(',').map((id) => {
      const w = WORKLOADS.find((x) => x.id === id);
      if (!w) throw new Error(`unknown workload ${id}`);
      return w;
    });
    else if (k === '--cpu-prof') o.cpuProf = true;
    else if (k === '--clock' && (v === 'cpu' || v === 'wall')) o.clock = v;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function runChild(engine: string, w: Workload, o: Options, round: number): Promise<WorkerResult> {
  const execArgv = ['--import', 'tsx'];
  if (o.cpuProf && OURS.includes(engine)) {
    const dir = path.join(RESULTS, 'prof');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${engine}-${w.id}-r${round}.cpuprofile`);
  }
  return new Promise((resolve) => {
    const child = fork(WORKER, [engine, w.id, String(o.warm), String(o.time)], {
      cwd: ROOT,
      execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let result: WorkerResult | undefined;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.resume();
    child.on('message', (m) => (result = m as WorkerResult));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(
        result ?? {
          kind: 'error',
          engine,
          workload: w.id,
          message: `child exited (${signal ?? code}) without a result\n${stderr.slice(-2000)}`,
        },
      );
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmtInt = (x: number): string => Math.round(x).toLocaleString('en-US');
const fmtX = (x: number): string => (x >= 10 ? x.toFixed(1) : x.toFixed(2)) + '×';
const pad = (s: string, n: number, right = false): string => (right ? s.padStart(n) : s.padEnd(n));
const fmtLoss = (x: number | null): string => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(3) : String(x));
const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const engineMissing = !existsSync(fileURLToPath(ENGINE_URL));
  let engines = o.engines.filter((e) => KERNELS.includes(e) || (ALL_ENGINE_IDS as readonly string[]).includes(e));
  if (engineMissing && engines.some((e) => OURS.includes(e) || e === 'kernel-simd')) {
    console.log(`note: ${path.relative(ROOT, fileURLToPath(ENGINE_URL))} does not exist yet; our engine is skipped.\n`);
    engines = engines.filter((e) => !OURS.includes(e) && e !== 'kernel-simd');
  }
  if (engines.includes('brain.js-2beta') && !process.env.BENCH_BRAIN2 && !ensurePeers()) {
    engines = engines.filter((e) => e !== 'brain.js-2beta');
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Backprop Lab bench — Node ${process.version}, ${os.cpus().length} × ${cpu}, load avg ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `${o.rounds} round(s) × ${o.workloads.length} workload(s) × ${engines.length} engine(s), ` +
      `each in its own process: ${o.warm}s (CPU) warm-up, then ≥${o.time}s of CPU time timed${o.quick ? ' (--quick)' : ''}; ` +
      `rates per ${o.clock === 'cpu' ? 'second of the child\'s CPU time' : 'wall-clock second'}`,
  );
  if (os.loadavg()[0] > 0.5 * os.cpus().length) {
    console.log(`(load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores: the machine is busy; expect noise)`);
  }
  console.log('');

  // `${engine}|${workload}` → examples/s or GFLOP/s per round, by the chosen clock and by the other one
  const samples = new Map<string, number[]>();
  const otherClock = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, key: string, v: number): void => void m.set(key, [...(m.get(key) ?? []), v]);
  const raw: WorkerResult[] = [];
  const errors: string[] = [];
  for (let r = 0; r < o.rounds; r++) {
    for (const w of o.workloads) {
      const here = w.oursOnly ? engines.filter((e) => OURS.includes(e) || KERNELS.includes(e)) : engines;
      const rot = (r + o.workloads.indexOf(w)) % here.length;
      const order = [...here.slice(rot), ...here.slice(0, rot)];
      for (const e of order) {
        const res = await runChild(e, w, o, r);
        raw.push(res);
        const key = `${e}|${w.id}`;
        let line: string;
        if (res.kind === 'error') {
          errors.push(`${e} ${w.id}: ${res.message.split('\n').slice(0, 3).join(' | ')}`);
          line = 'ERROR';
        } else {
          const [cpuV, wallV] = res.kind === 'kernel' ? [res.gflopsCpu, res.gflops] : [res.examplesPerCpuSec, res.examplesPerSec];
          push(samples, key, o.clock === 'cpu' ? cpuV : wallV);
          push(otherClock, key, o.clock === 'cpu' ? wallV : cpuV);
          const share = `CPU ${((100 * res.cpuSeconds) / res.seconds).toFixed(0)} % of wall`;
          line =
            res.kind === 'kernel'
              ? `${res.gflopsCpu.toFixed(2)} GFLOP/s per CPU-s, ${res.gflops.toFixed(2)} per wall-s at ${res.shape} (${share})`
              : `${fmtInt(res.examplesPerCpuSec)} ex/CPU-s, ${fmtInt(res.examplesPerSec)} ex/wall-s (${share}; loss ${fmtLoss(res.lossBefore)} → ${fmtLoss(res.lossAfter)})`;
        }
        process.stderr.write(`  round ${r + 1} ${w.id} ${pad(e, 14)} ${line}\n`);
      }
    }
  }
  process.stderr.write('\n');

  const summary: Record<string, unknown> = {};
  for (const w of o.workloads) {
    const nW = weightCount(w);
    const { m, k, n } = kernelShape(w);
    console.log(`${w.id}: ${w.title}  (${fmtInt(nW)} weights)`);
    const med = (e: string): number | undefined => {
      const s = samples.get(`${e}|${w.id}`);
      return s && s.length ? median(s) : undefined;
    };
    const medOther = (e: string): number | undefined => {
      const s = otherClock.get(`${e}|${w.id}`);
      return s && s.length ? median(s) : undefined;
    };
    const ours = med('ours');
    const other = o.clock === 'cpu' ? 'wall-clock' : 'CPU-time';
    console.log(
      `  ${pad('engine', 14)} ${pad(`examples/s (${o.clock === 'cpu' ? 'CPU time' : 'wall-clock'}, median)`, 32, true)} ${pad('min … max', 21, true)} ${pad(`${other} median`, 18, true)}  ${pad('ours ÷ it', 9, true)}`,
    );
    const peers: { e: string; v: number }[] = [];
    for (const e of engines.filter((x) => !KERNELS.includes(x))) {
      const s = samples.get(`${e}|${w.id}`) ?? [];
      const v = med(e);
      if (v === undefined) {
        if (!w.oursOnly || OURS.includes(e)) console.log(`  ${pad(e, 14)} ${pad('n/a', 32, true)}`);
        continue;
      }
      if (!OURS.includes(e)) peers.push({ e, v });
      const range = `${fmtInt(Math.min(...s))} … ${fmtInt(Math.max(...s))}`;
      const ratio = ours !== undefined ? fmtX(ours / v) : '—';
      console.log(`  ${pad(e, 14)} ${pad(fmtInt(v), 32, true)} ${pad(range, 21, true)} ${pad(fmtInt(medOther(e) ?? NaN), 18, true)}  ${pad(ratio, 9, true)}`);
    }
    const kernel = med('kernel');
    const simdKernel = med('kernel-simd');
    const oursJs = med('ours-js');
    const t = TARGETS[w.id] ?? {};
    const best = peers.sort((a, b) => b.v - a.v)[0];
    const entry: Record<string, unknown> = {
      weights: nW,
      clock: o.clock,
      medians: Object.fromEntries(engines.map((e) => [e, med(e)])),
      mediansOtherClock: Object.fromEntries(engines.map((e) => [e, medOther(e)])),
    };
    if (kernel !== undefined) console.log(`  JS kernel ${m}×${k}×${n} (C = A·B): ${kernel.toFixed(2)} GFLOP/s (median; ${other} ${medOther('kernel')?.toFixed(2)})`);
    if (simdKernel !== undefined) console.log(`  SIMD kernels ${m}×${k}×${n} (A·Wᵀ, Dᵀ·A, D·W): ${simdKernel.toFixed(2)} GFLOP/s (median; ${other} ${medOther('kernel-simd')?.toFixed(2)})`);
    if (ours !== undefined && best) {
      const ratio = ours / best.v;
      entry.oursOverBestPeer = ratio;
      const tgt = t.vsPeer !== undefined ? `   target ≥ ${t.vsPeer}×  ${mark(ratio >= t.vsPeer)}` : '';
      console.log(`  ours / best peer (${best.e}): ${fmtX(ratio)}${tgt}`);
    }
    const share = (label: string, v: number | undefined, ref: number | undefined, refName: string, target: number | undefined, key: string) => {
      if (v === undefined || ref === undefined) return;
      const eff = (6 * nW * v) / 1e9;
      entry[`${key}Gflops`] = eff;
      entry[`${key}Share`] = eff / ref;
      const tgt = target !== undefined ? `   target ≥ ${target * 100} %  ${mark(eff / ref >= target)}` : '   (no target)';
      console.log(`  ${label} as % of ${refName}: ${eff.toFixed(2)} / ${ref.toFixed(2)} GFLOP/s = ${((100 * eff) / ref).toFixed(0)} %${tgt}`);
    };
    share('ours (SIMD)', ours, simdKernel, 'SIMD kernels', t.simdShare, 'ours');
    share('ours-js', oursJs, kernel, 'JS kernel', t.jsShare, 'oursJs');
    if (ours !== undefined && oursJs !== undefined) {
      const x = ours / oursJs;
      entry.simdOverJs = x;
      const tgt = t.simdOverJs !== undefined ? `   target ≥ ${t.simdOverJs}×  ${mark(x >= t.simdOverJs)}` : '';
      console.log(`  ours (SIMD) / ours-js: ${fmtX(x)}; steps/s ${fmtInt(ours / w.batch)} vs ${fmtInt(oursJs / w.batch)}${tgt}`);
    }
    summary[w.id] = entry;
    console.log('');
  }

  console.log('Footnotes (what differs from the workload as specified):');
  for (const e of engines) for (const line of FOOTNOTES[e] ?? []) console.log(`  [${e}] ${line}`);
  if (errors.length) {
    console.log('\nErrors:');
    for (const e of errors) console.log(`  ${e}`);
  }
  const secs = (performance.now() - started) / 1000;
  console.log(`\nTotal ${secs.toFixed(0)} s.`);
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpu, options: { ...o, workloads: o.workloads.map((w) => w.id) }, summary, raw }, null, 2));
  console.log(`Raw results: ${path.relative(ROOT, file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
