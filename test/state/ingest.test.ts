import { describe, expect, it } from 'vitest';
import { defaultGrid } from '../../src/engine/data.ts';
import type { PoolNews } from '../../src/pool/pool.ts';
import type { ConfiguredMessage, HistoryPoint, LayerStats, ProgressMessage, RunInfo, RunUpdate } from '../../src/protocol.ts';
import { ingest } from '../../src/state/ingest.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { findLesson } from '../../src/state/lessons.ts';
import { initialLabState, type LabState } from '../../src/state/store.ts';
import { point, stats } from '../views/chartFixtures.ts';

const info = (id: string): RunInfo => ({
  id, label: id, layerSizes: [2, 4, 4, 1], classes: 2,
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  kernels: 'js', config: DEFAULT_CONFIG,
});
const news = (n: Partial<PoolNews>): PoolNews => ({ configured: null, progress: null, boundary: null, faults: [], imageProbs: null, ...n });
const configured = (kept: boolean, kernels: ConfiguredMessage['kernels'] = { available: 'simd', reason: null, problem: null }): PoolNews['configured'] => ({
  msg: { type: 'configured', runs: [info('A'), info('B')], grid: defaultGrid(4), kept, kernels, mode: 'lockstep' },
  workers: 1,
});
const update = (id: string, step: number, points: HistoryPoint[], layers: LayerStats[] = [], seconds = 0): RunUpdate => ({
  id, status: 'training', step, seconds, stepsPerSecond: 100, batchLoss: 0.5, layers, points, masks: [],
});
const progress = (step: number, updates: RunUpdate[], playing = true): ProgressMessage => ({
  type: 'progress', step, epoch: step / 10, playing, stepsPerSecond: 100, examplesPerSecond: 3200, updates,
});
/** A store that trained some: two runs with history, mid-lesson. */
const trained = (): LabState => {
  const s = { ...initialLabState, runs: [info('A'), info('B')], playing: true };
  return { ...s, ...ingest(s, news({ progress: progress(20, [update('A', 20, [point(10, []), point(20, [])]), update('B', 20, [point(10, []), point(20, [])])]) })).patch };
};

describe('the one merge of the pool’s news', () => {
  it('starts the run data over when the runs were rebuilt, every field of it, and keeps it when only live knobs changed', () => {
    const s = { ...trained(), horizonReached: true };
    const rebuilt = ingest(s, news({ configured: configured(false) })).patch;
    expect(rebuilt).toMatchObject({ history: {}, derived: {}, live: {}, boundary: null, step: 0, epoch: 0, horizonReached: false, raceSeconds: 0, poolWorkers: 1 });
    expect(rebuilt.gradExtent?.gradNorm).toEqual([Infinity, -Infinity]);
    const kept = ingest(s, news({ configured: configured(true) })).patch;
    expect(kept.history).toBeUndefined();
    expect(kept.step).toBeUndefined();
    expect(kept.runs?.map((r) => r.id)).toEqual(['A', 'B']);
  });

  it('derives at the merge what views, narrator and embed read: each run’s latest, the gradient extent over runs, the horizon', () => {
    const s = { ...initialLabState, lessonId: 'loss', runs: [info('A'), info('B')], playing: true };
    const live = [stats({ gradNorm: 0.02 }), stats({ gradNorm: 0.5 })];
    const { patch } = ingest(s, news({
      progress: progress(findLesson('loss')!.horizon.value, [
        update('A', 800, [point(800, [stats({ gradNorm: 1e-6 }), stats({ gradNorm: 0.3 })])], live, 2.5),
        update('B', 800, [point(800, [stats({ gradNorm: 4 }), stats({ gradNorm: 0.1 })])], [], 3),
      ]),
    }));
    expect(patch.derived!.A.layers).toBe(live);
    expect(patch.derived!.B.layers?.[0].gradNorm).toBe(4);
    expect(patch.gradExtent!.gradNorm).toEqual([1e-6, 4]);
    expect(patch.horizonReached).toBe(true);
    expect(patch.raceSeconds).toBe(2.5);
    expect(patch.step).toBe(800);
  });

  it('applies the runs as built before the progress that follows them in the same tick', () => {
    const s = trained();
    const { patch } = ingest(s, news({ configured: configured(false), progress: progress(10, [update('A', 10, [point(10, [])]), update('B', 10, [point(10, [])])]) }));
    expect(patch.history!.A.map((p) => p.step)).toEqual([10]);
  });

  it('pauses a race at its horizon once, and not when the horizon is in steps (the workers stop there themselves)', () => {
    const race = { ...initialLabState, lessonId: 'hardware', mode: 'race' as const, runs: [info('A')], playing: true };
    const fast = (seconds: number) => progress(50, [update('A', 50, [point(50, [])], [], seconds)]);
    const first = ingest(race, news({ progress: fast(31) }));
    expect(first.pause).toBe(true);
    expect(first.patch.playing).toBe(false);
    const after = ingest({ ...race, ...first.patch, playing: true }, news({ progress: fast(32) }));
    expect(after.pause).toBe(false);
    const steps = ingest({ ...race, lessonId: 'loss', mode: 'lockstep' }, news({ progress: progress(800, [update('A', 800, [point(800, [])])]) }));
    expect(steps.patch.horizonReached).toBe(true);
    expect(steps.pause).toBe(false);
  });

  it('shows a worker fault and stops playing', () => {
    const { patch } = ingest(trained(), news({ faults: [{ kind: 'crashed', detail: 'boom' }] }));
    expect(patch.workerError).toEqual({ kind: 'crashed', detail: 'boom' });
    expect(patch.playing).toBe(false);
  });

  it('says once that SIMD was asked for by name and is not there', () => {
    const s = { ...initialLabState, config: { ...DEFAULT_CONFIG, kernels: 'simd' as const }, simdAsked: true };
    const none = { available: 'js' as const, reason: 'no SIMD', problem: 'unsupported' as const };
    const once = ingest(s, news({ configured: configured(false, none) })).patch.notices!;
    expect(once).toEqual([{ param: 'kernels', given: 'simd', used: 'js', kind: 'unavailable' }]);
    expect(ingest({ ...s, notices: once }, news({ configured: configured(false, none) })).patch.notices).toBe(once);
    expect(ingest({ ...s, simdAsked: false }, news({ configured: configured(false, none) })).patch.notices).toEqual([]);
  });
});

describe('image reports and the drawn digit’s answers, merged like the rest', () => {
  const report = (step: number) => ({
    step, predicted: new Uint8Array([1, 2]), galleryProbs: new Float32Array(20), confusion: new Uint32Array(100), firstLayer: { units: 1, W: new Float32Array(64) },
  });
  it('keeps each run’s newest image report until a newer one comes, out of the live numbers', () => {
    const s = { ...initialLabState, runs: [info('A'), info('B')], playing: true };
    const first = { ...update('A', 10, []), images: report(10) };
    const a = ingest(s, news({ progress: progress(10, [first, update('B', 10, [])]) })).patch;
    expect(a.images).toEqual({ A: report(10) });
    expect(a.live!.A).not.toHaveProperty('images');
    const s2 = { ...s, ...a };
    // A progress without a report leaves the stored one (the worker sends each report once).
    expect(ingest(s2, news({ progress: progress(20, [update('A', 20, []), update('B', 20, [])]) })).patch.images).toBeUndefined();
    const b = ingest(s2, news({ progress: progress(30, [update('A', 30, []), { ...update('B', 30, []), images: report(30) }]) })).patch;
    expect(b.images).toEqual({ A: report(10), B: report(30) });
  });

  it('takes the drawn digit’s answer, and a rebuild forgets both', () => {
    const s = { ...initialLabState, runs: [info('A')] };
    const answer = { type: 'imageProbs' as const, requestId: 3, step: 5, predictions: [{ id: 'A', outputs: 10, probs: new Float32Array(10) }] };
    expect(ingest(s, news({ imageProbs: answer })).patch.imageProbs).toBe(answer);
    const rebuilt = ingest({ ...s, images: { A: report(5) }, imageProbs: answer }, news({ configured: configured(false) })).patch;
    expect(rebuilt.images).toEqual({});
    expect(rebuilt.imageProbs).toBeNull();
  });
});
