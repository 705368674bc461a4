import type { ImageReport, KernelStatus } from '../protocol.ts';
import type { PoolNews } from '../pool/pool.ts';
import { currentLesson, horizonFacts, selectHorizonSteps } from './horizon.ts';
import { runSpecs } from './runs.ts';
import { mergeSeries, sharedGradExtent } from './series.ts';
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
    let images: Record<string, ImageReport> | null = null;
    for (const r of p.updates) {
      const { points: _points, images: report, ...rest } = r;
      live[r.id] = rest;
      if (report) (images ??= { ...base.images })[r.id] = report;
    }
    if (images) patch.images = images;
    const series = mergeSeries(base, p.updates);
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
