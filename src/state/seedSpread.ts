/**
 * A run over several seeds, merged once per tick: every seed's bounded history, and at each step every live seed
 * has recorded, the median point (what the views draw as the run) and the min–max band of each curve. A seed
 * that diverged is left out from its divergence on; the others go on.
 */
import type { Divergence, HistoryPoint, LayerStats, RunUpdate } from '../protocol.ts';
import { appendBounded, pointAt } from '../history.ts';
import { runIdOf, seedIndexOf } from '../seeds.ts';

/** The metrics a band spans. */
export const BAND_METRICS = ['trainLoss', 'valLoss', 'trainAcc', 'valAcc'] as const;
export type BandMetric = (typeof BAND_METRICS)[number];

/** Smallest and largest finite value over the seeds at one step, per metric, and how many seeds counted. */
export interface BandPoint {
  step: number;
  /** Seeds that had a point at this step (diverged ones drop out). */
  n: number;
  lo: Record<BandMetric, number>;
  hi: Record<BandMetric, number>;
}

/** What the views read of a run's seeds (its median series is the run's `history`). */
export interface RunSpread {
  seeds: number;
  /** Per seed: its divergence, once it diverged. */
  diverged: (Divergence | undefined)[];
  /** The band at every step of the median series (bounded alike). */
  band: BandPoint[];
  /** The newest step every live seed has recorded, and each seed's point there (null: it diverged before). */
  at: { step: number; points: (HistoryPoint | null)[] } | null;
}

/** Median of the finite values (mean of the middle two for an even count); NaN when none is finite. */
export function median(values: ArrayLike<number>): number {
  const v = finiteSorted(values);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Median, least and greatest of the finite values (NaN each when none is finite). */
export function spreadOf(values: ArrayLike<number>): { median: number; min: number; max: number } {
  const v = finiteSorted(values);
  if (v.length === 0) return { median: NaN, min: NaN, max: NaN };
  return { median: median(v), min: v[0], max: v[v.length - 1] };
}

function finiteSorted(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[n++] = values[i];
  return out.subarray(0, n).sort();
}

const STAT_KEYS: readonly (keyof LayerStats)[] = [
  'gradNorm', 'biasGradNorm', 'deltaNorm', 'weightNorm', 'updateRatio', 'actMean', 'actStd', 'saturated', 'dead',
];

/** The median point of the seeds' points at one step: every number (layer statistics too) the median over them. */
export function medianPoint(points: readonly HistoryPoint[]): HistoryPoint {
  const col = new Float64Array(points.length);
  const med = (get: (p: HistoryPoint) => number) => {
    for (let i = 0; i < points.length; i++) col[i] = get(points[i]);
    return median(col);
  };
  const layerCount = Math.min(...points.map((p) => p.layers.length));
  const layers: LayerStats[] = [];
  for (let l = 0; l < layerCount; l++) {
    const s = {} as LayerStats;
    for (const k of STAT_KEYS) s[k] = med((p) => p.layers[l][k]);
    layers.push(s);
  }
  return {
    step: points[0].step,
    seconds: med((p) => p.seconds),
    epoch: points[0].epoch,
    trainLoss: med((p) => p.trainLoss),
    trainAcc: med((p) => p.trainAcc),
    valLoss: med((p) => p.valLoss),
    valAcc: med((p) => p.valAcc),
    layers,
  };
}

/** The band of the seeds' points at one step. */
export function bandPoint(points: readonly HistoryPoint[]): BandPoint {
  const lo = {} as Record<BandMetric, number>;
  const hi = {} as Record<BandMetric, number>;
  const col = new Float64Array(points.length);
  for (const m of BAND_METRICS) {
    for (let i = 0; i < points.length; i++) col[i] = points[i][m];
    const s = spreadOf(col);
    lo[m] = s.min;
    hi[m] = s.max;
  }
  return { step: points[0].step, n: points.length, lo, hi };
}

/** The store's seed data: each run's seeds' histories, and its spread. */
export interface Seeded {
  members: Record<string, HistoryPoint[][]>;
  spread: Record<string, RunSpread>;
}

/** Updates grouped by run: each run's seeds in seed order (index = seed). */
export function groupByRun(updates: readonly RunUpdate[]): Map<string, RunUpdate[]> {
  const out = new Map<string, RunUpdate[]>();
  for (const u of updates) {
    const id = runIdOf(u.id);
    const list = out.get(id) ?? [];
    list[seedIndexOf(u.id)] = u;
    out.set(id, list);
  }
  return out;
}

/**
 * Merges one tick's news of a run's seeds: appends each seed's points (bounded), then, step by step past the
 * newest one done, the median point and band at every step that each seed still training has recorded.
 * Returns the run's new seed data and the median points to append to its history (as one update: seed 0's live
 * numbers, no layers of its own, so "latest" is the newest median point).
 */
export function mergeRunSeeds(
  runId: string,
  prev: { members: HistoryPoint[][] | undefined; spread: RunSpread | undefined },
  seeds: readonly RunUpdate[],
): { members: HistoryPoint[][]; spread: RunSpread; median: RunUpdate } {
  const S = seeds.length;
  const members = seeds.map((u, s) => appendBounded((prev.members?.[s] ?? []).slice(), u?.points ?? []));
  const diverged = seeds.map((u) => u?.divergence);
  const band = (prev.spread?.band ?? []).slice();
  let at = prev.spread?.at ?? null;
  const done = at?.step ?? -1;
  // Candidate steps: the new points of any seed, past the newest step done.
  const steps = new Set<number>();
  for (const u of seeds) for (const p of u?.points ?? []) if (p.step > done) steps.add(p.step);
  const medians: HistoryPoint[] = [];
  for (const step of [...steps].sort((a, b) => a - b)) {
    const points: (HistoryPoint | null)[] = [];
    let ready = true;
    for (let s = 0; s < S; s++) {
      const hist = members[s];
      const p = pointAt(hist, step);
      const gone = diverged[s] !== undefined && diverged[s]!.step <= step;
      if (p) points.push(p);
      else if (gone || (hist.length > 0 && hist[hist.length - 1].step > step)) points.push(null);
      else {
        ready = false;
        break;
      }
    }
    if (!ready) break;
    const present = points.filter((p): p is HistoryPoint => p !== null);
    if (present.length === 0) continue;
    medians.push(medianPoint(present));
    appendBounded(band, [bandPoint(present)]);
    at = { step, points };
  }
  const head = seeds[0] ?? seeds.find((u) => u !== undefined)!;
  const newest = medians.length ? medians[medians.length - 1] : undefined;
  const { points: _points, ...live } = head;
  return {
    members,
    spread: { seeds: S, diverged, band, at },
    median: { ...live, id: runId, layers: [], points: medians, seconds: newest?.seconds ?? live.seconds },
  };
}
