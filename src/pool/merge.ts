/**
 * The arithmetic of a pool of training workers, free of Worker objects: how many, which runs
 * each trains, how their streams merge into one, and how far lock-step lets each one run ahead.
 */
import type {
  BoundaryMessage,
  ConfiguredMessage,
  ProgressMessage,
  RunUpdate,
  RunSpec,
  TrainMode,
} from '../protocol.ts';
import { classesOf, layerSizesOf, weightCount } from '../netShape.ts';
import { seedIndexOf } from '../seeds.ts';

/** Most workers a pool starts, whatever the machine. */
export const MAX_POOL = 8;

/**
 * Workers for a comparison: `forced` (a URL's ?workers=) when given, else min(runs, cores − 1, 8),
 * leaving a core to the page. Measured (bench/README.md, `node bench/pool.mjs`): on this 2-core
 * machine, shared, two workers trained two 8×256 SIMD runs no faster than one (25.6 vs 24.0
 * steps/s), so the page keeps its core.
 */
export function poolSize(runs: number, cores: number, forced: number | null): number {
  const want = forced ?? Math.max(1, Math.floor(cores) - 1);
  return Math.max(1, Math.min(runs, want, MAX_POOL));
}

/** Cost of one training step of a run, in multiply-adds (for balancing, not for display). */
export function stepCost(spec: RunSpec, ownClasses: { classes: number } | null = null): number {
  const c = spec.config;
  const w = weightCount(layerSizesOf(c, classesOf(c, ownClasses)));
  const batch = Math.min(c.batchSize, c.trainSize);
  // Plain JS costs ~4× a SIMD step (DESIGN §3); evaluation adds the data set every 10 steps.
  return w * (batch + (c.trainSize + 500) / 10) * (c.kernels === 'js' ? 4 : 1);
}

/** Run ids per worker: the costliest run first, each to the least loaded worker (ties: the lower index). */
export function assignRuns(specs: readonly RunSpec[], workers: number, own: { classes: number } | null = null): string[][] {
  const out: string[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  const order = specs.map((s, i) => ({ s, i, cost: stepCost(s, own) })).sort((a, b) => b.cost - a.cost || a.i - b.i);
  for (const { s, cost } of order) {
    let best = 0;
    for (let w = 1; w < workers; w++) if (load[w] < load[best]) best = w;
    out[best].push(s.id);
    load[best] += cost;
  }
  // Each worker lists its runs in comparison order.
  const rank = new Map(specs.map((s, i) => [s.id, i]));
  for (const ids of out) ids.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return out;
}

/**
 * One configured message for the whole comparison: runs in comparison order, kept only if every worker kept.
 * Over several seeds a run is listed once, as its seed 0 (its other seeds share its setup and data).
 */
export function mergeConfigured(parts: readonly ConfiguredMessage[], order: readonly string[]): ConfiguredMessage {
  const runs = parts.flatMap((p) => p.runs).filter((r) => seedIndexOf(r.id) === 0);
  const rank = new Map(order.map((id, i) => [id, i]));
  runs.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const simd = parts.find((p) => p.kernels.available === 'simd');
  return {
    type: 'configured',
    runs,
    grid: parts[0].grid,
    kept: parts.every((p) => p.kept),
    kernels: simd ? simd.kernels : parts[0].kernels,
    mode: parts[0].mode,
  };
}

/**
 * The comparison's progress from each worker's latest message: in lock-step the step is the one
 * every run has reached (the least), in a race the furthest; runs in comparison order, each with
 * the points given (accumulated since the last flush).
 */
export function mergePoolProgress(
  latest: readonly ProgressMessage[],
  runs: ReadonlyMap<string, RunUpdate>,
  order: readonly string[],
  mode: TrainMode,
): ProgressMessage {
  const steps = latest.map((m) => m.step);
  const rates = latest.map((m) => m.stepsPerSecond);
  const pick = mode === 'race' ? Math.max : Math.min;
  const out: RunUpdate[] = [];
  for (const id of order) {
    const r = runs.get(id);
    if (r) out.push(r);
  }
  return {
    type: 'progress',
    step: pick(...steps),
    epoch: Math.min(...latest.map((m) => m.epoch)),
    playing: latest.some((m) => m.playing),
    stepsPerSecond: pick(...rates),
    examplesPerSecond: latest.reduce((s, m) => s + m.examplesPerSecond, 0),
    updates: out,
  };
}

/** One boundary message from the latest grid of each run (the pool shares one grid). */
export function mergeBoundaries(parts: readonly BoundaryMessage[], order: readonly string[]): BoundaryMessage {
  const runs = order.flatMap((id) => parts.flatMap((p) => p.predictions.filter((r) => r.id === id)));
  return { type: 'boundary', step: Math.min(...parts.map((p) => p.step)), grid: parts[0].grid, predictions: runs };
}

/**
 * How far lock-step lets every worker train: the slowest worker's step plus about a quarter of a
 * second of its steps (at least 20), so a fast worker waits rather than pulls ahead.
 */
export function lockstepLimit(steps: readonly number[], stepsPerSecond: readonly number[]): number {
  const slowest = Math.min(...stepsPerSecond.filter((r) => r > 0), Infinity);
  const ahead = Math.max(20, Number.isFinite(slowest) ? Math.ceil(slowest / 4) : 20);
  return Math.min(...steps) + ahead;
}
