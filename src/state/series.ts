import type { HistoryPoint, LayerStats, RunUpdate } from '../protocol.ts';
import { appendBounded } from '../history.ts';

/** Which per-layer norm a gradient view shows. */
export type GradMetric = 'gradNorm' | 'deltaNorm';

/** What every view reads of one run, derived once where its history is merged, never rescanned per frame. */
export interface RunDerived {
  /** Smallest and largest finite value of each gradient metric over every layer of every kept point ([Infinity, -Infinity] when none). */
  gradExtent: Record<GradMetric, readonly [number, number]>;
  /** The newest recorded point (losses and accuracies every panel shows as "latest"). */
  last: HistoryPoint | undefined;
  /** The newest layer statistics: the latest step's, else the newest recorded point's. */
  layers: readonly LayerStats[] | undefined;
  /** The step `layers` belong to (0 before any). */
  step: number;
  /** Seconds of training: the live numbers', else the newest point's (0 before any). */
  seconds: number;
}

const NO_EXTENT: readonly [number, number] = [Infinity, -Infinity];

/** Extents of both metrics over points, widened from `from`. */
function widen(from: RunDerived['gradExtent'], points: readonly HistoryPoint[]): RunDerived['gradExtent'] {
  let [gl, gh] = from.gradNorm;
  let [dl, dh] = from.deltaNorm;
  for (const p of points) {
    for (const l of p.layers) {
      const g = l.gradNorm;
      const d = l.deltaNorm;
      if (Number.isFinite(g)) {
        if (g < gl) gl = g;
        if (g > gh) gh = g;
      }
      if (Number.isFinite(d)) {
        if (d < dl) dl = d;
        if (d > dh) dh = d;
      }
    }
  }
  return { gradNorm: [gl, gh], deltaNorm: [dl, dh] };
}

const EMPTY_EXTENT: RunDerived['gradExtent'] = { gradNorm: NO_EXTENT, deltaNorm: NO_EXTENT };

/** The derived numbers of a run from its kept points and its latest live statistics (the full scan, for tests and rebuilds). */
export function deriveRun(points: readonly HistoryPoint[], live?: { layers: readonly LayerStats[]; step: number; seconds?: number }): RunDerived {
  const last = points.length > 0 ? points[points.length - 1] : undefined;
  return { gradExtent: widen(EMPTY_EXTENT, points), last, ...latest(live, last) };
}

/**
 * The one rule for "latest": a run's live numbers (its newest step) when it sent layer statistics, else its newest
 * recorded point. The numbers table, the gradient readouts, layer health, the narrator and the embed all read it.
 */
function latest(live: { layers: readonly LayerStats[]; step: number; seconds?: number } | undefined, last: HistoryPoint | undefined): Pick<RunDerived, 'layers' | 'step' | 'seconds'> {
  const fromLive = live !== undefined && live.layers.length > 0;
  return {
    layers: fromLive ? live.layers : last?.layers,
    step: fromLive ? live.step : (last?.step ?? 0),
    seconds: live?.seconds ?? last?.seconds ?? 0,
  };
}

/** History and derived numbers of every run. */
export interface Series {
  history: Record<string, HistoryPoint[]>;
  derived: Record<string, RunDerived>;
}

/**
 * The one bounded history merge: appends streamed points (halving a series when full: history.ts)
 * and brings each changed run's derived numbers up to date, scanning only the new points unless the
 * series was halved. Returns new objects for changed runs; unchanged runs keep theirs.
 */
export function mergeSeries(s: Series, runs: readonly RunUpdate[]): Series {
  const history = { ...s.history };
  const derived = { ...s.derived };
  for (const r of runs) {
    const before = history[r.id] ?? [];
    const old = derived[r.id];
    if (r.points.length === 0) {
      if ((r.layers.length > 0 && old?.layers !== r.layers) || old?.seconds !== r.seconds) {
        const base = old ?? deriveRun(before);
        derived[r.id] = { ...base, ...latest(r, base.last) };
      }
      continue;
    }
    const lastBefore = before.length > 0 ? before[before.length - 1] : undefined;
    const points = appendBounded(before.slice(), r.points);
    history[r.id] = points;
    // Halving drops points from the front or middle: only then is the whole (≤ cap) series scanned again.
    const halved = points.length <= before.length || (points.length > 0 && lastBefore !== undefined && points[before.length - 1] !== lastBefore);
    const added = halved || !old ? points : points.slice(before.length);
    const gradExtent = widen(halved || !old ? EMPTY_EXTENT : old.gradExtent, added);
    const last = points.length > 0 ? points[points.length - 1] : undefined;
    derived[r.id] = { gradExtent, last, ...latest(r, last) };
  }
  return { history, derived };
}

/** A run no merge has seen yet: nothing recorded, nothing live. */
const NOTHING_YET: RunDerived = { gradExtent: EMPTY_EXTENT, last: undefined, layers: undefined, step: 0, seconds: 0 };

/** A run's derived numbers, as the merge left them (nothing yet before its first progress). */
export function derivedOf(s: { derived: Record<string, RunDerived> }, id: string): RunDerived {
  return s.derived[id] ?? NOTHING_YET;
}

/** One [lo, hi] of a gradient metric over several runs ([Infinity, -Infinity] when none has a finite value). */
export function sharedGradExtent(runs: readonly RunDerived[], metric: GradMetric): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of runs) {
    const [a, b] = d.gradExtent[metric];
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return [lo, hi];
}
