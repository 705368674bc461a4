import type { ImageReport, KernelStatus } from '../protocol.ts';
import type { PoolNews } from '../pool/pool.ts';
import { currentLesson, horizonFacts, selectHorizonSteps } from './horizon.ts';
import { runSpecs } from './runs.ts';
import { mergeSeries, sharedGradExtent } from './series.ts';
import { groupByRun, mergeRunSeeds, type Seeded } from './seedSpread.ts';
import type { RunUpdate } from '../protocol.ts';
import { seedIndexOf } from '../seeds.ts';
import { FRESH_RUNS, type LabState, type LiveRun } from './store.ts';
import type { Notice } from './urlRead.ts';

/** What one tick's news does to the store, and whether the page must pause the pool (a race reached its horizon). */
export interface Ingested {
  patch: Partial<LabState>;
  pause: boolean;
}

/**
 * The one merge of the pool's news into the store, done once per tick: the runs as built, the progress (bounded
 * history, live numbers) and the boundary, with everything the views, the narrator and the embed read derived here
 * (each run's extents and "latest", the gradient extent over runs, the horizon): nobody rescans the history.
 */
export function ingest(s: LabState, news: PoolNews): Ingested {
  const patch: Partial<LabState> = {};
  let base = s;
  if (news.configured) {
    const { msg, workers } = news.configured;
    Object.assign(patch, {
      runs: msg.runs,
      grid: msg.grid,
      workerError: null,
      kernels: msg.kernels,
      poolWorkers: workers,
      notices: withKernelNotice(s.notices, msg.kernels, s),
      ...(msg.kept ? {} : FRESH_RUNS),
    } satisfies Partial<LabState>);
    base = { ...s, ...patch };
  }
  let pause = false;
  const p = news.progress;
  if (p) {
    const live: Record<string, LiveRun> = {};
    const { runs: updates, seeded } = mergeSeeds(base, p.updates);
    let images: Record<string, ImageReport> | null = null;
    for (const r of p.updates) {
      // A run's live numbers and images are its seed 0's (the network diagram, the boundary and the image views show that network).
      if (seedIndexOf(r.id) !== 0) continue;
      const { points: _points, images: report, ...rest } = r;
      live[r.id] = rest;
      if (report) (images ??= { ...base.images })[r.id] = report;
    }
    if (images) patch.images = images;
    const series = mergeSeries(base, updates);
    const derived = base.runs.map((r) => series.derived[r.id]).filter((d) => d !== undefined);
    const lesson = currentLesson(base);
    const facts = horizonFacts(lesson, p.step, derived, base.horizonReached);
    Object.assign(patch, {
      step: p.step,
      epoch: p.epoch,
      playing: p.playing,
      stepsPerSecond: p.stepsPerSecond,
      examplesPerSecond: p.examplesPerSecond,
      live,
      ...series,
      ...seeded,
      gradExtent: { gradNorm: sharedGradExtent(derived, 'gradNorm'), deltaNorm: sharedGradExtent(derived, 'deltaNorm') },
      ...facts,
    } satisfies Partial<LabState>);
    // A race's horizon is a time or a target, which the workers do not know: the page pauses on reaching it (a step
    // horizon the workers stop at themselves). Past it, Play is "keep training" and goes on.
    if (!base.horizonReached && facts.horizonReached && selectHorizonSteps(base) === null && p.playing) {
      pause = true;
      patch.playing = false;
    }
  }
  if (news.boundary) patch.boundary = news.boundary;
  // A drawn digit's answer; one that comes after the pad was cleared (imageProbs set to null since) still shows the newest drawing.
  if (news.imageProbs) patch.imageProbs = news.imageProbs;
  if (news.faults.length) {
    patch.workerError = news.faults[news.faults.length - 1];
    patch.playing = false;
  }
  return { patch, pause };
}

/**
 * Each run's news as one update: as it came with one seed; over several, the seeds merged (seedSpread.ts) and
 * the run's update carrying the new median points, so every view reads the median as the run's history.
 */
function mergeSeeds(s: LabState, updates: readonly RunUpdate[]): { runs: RunUpdate[]; seeded: Seeded } {
  const runs: RunUpdate[] = [];
  const seeded: Seeded = { members: s.members, spread: s.spread };
  let copied = false;
  for (const [id, seeds] of groupByRun(updates)) {
    if (seeds.length < 2) {
      if (seeds[0]) runs.push(seeds[0]);
      continue;
    }
    if (!copied) {
      seeded.members = { ...s.members };
      seeded.spread = { ...s.spread };
      copied = true;
    }
    const m = mergeRunSeeds(id, { members: s.members[id], spread: s.spread[id] }, seeds);
    seeded.members[id] = m.members;
    seeded.spread[id] = m.spread;
    runs.push(m.median);
  }
  return { runs, seeded };
}

/**
 * A notice when runs that asked for SIMD train on JS: always when the module failed to load
 * (CSP, a blocked fetch), and when the link named SIMD; a browser without SIMD otherwise just
 * trains on JS (the compute readout says so). Added once.
 */
function withKernelNotice(notices: Notice[], k: KernelStatus, s: LabState): Notice[] {
  if (k.available === 'simd' || notices.some((n) => n.param === 'kernels')) return notices;
  const wanted = runSpecs(s.config, s.comparison).some((r) => r.config.kernels === 'simd');
  if (!wanted) return notices;
  const kind = k.problem === 'loadFailed' ? 'loadFailed' : s.simdAsked ? 'unavailable' : null;
  return kind ? [...notices, { param: 'kernels', given: 'simd', used: 'js', kind }] : notices;
}
