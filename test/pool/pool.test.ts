import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, HistoryPoint, ImageProbsMessage, ProgressMessage, RunUpdate, ToWorker } from '../../src/protocol.ts';
import { createPool, SILENCE_LIMIT_MS, type Pool, type PoolHost, type PoolNews, type WorkerEvents } from '../../src/pool/pool.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { smallRuns } from '../worker/harness.ts';

/**
 * A worker of the fake host: it runs the real handler on the fake clock (or, scripted, says only what the test
 * makes it say), records what the pool posts to it, and can hang as a crashed one would.
 */
class FakeWorker {
  readonly posted: ToWorker[] = [];
  private hung = false;
  private readonly handle: ((msg: ToWorker) => void) | null;
  constructor(readonly events: WorkerEvents, scripted: boolean) {
    this.handle = scripted ? null : createHandler({
      post: (msg) => {
        const data = structuredClone(msg);
        if (!this.hung) setTimeout(() => this.say(data), 0);
      },
      now: () => Date.now(),
      schedule: (fn, delay) => void setTimeout(fn, delay),
    });
  }
  post(msg: ToWorker) {
    this.posted.push(msg);
    if (!this.hung) this.handle?.(structuredClone(msg));
  }
  terminate() {
    this.hung = true;
  }
  hang() {
    this.hung = true;
  }
  say(msg: FromWorker) {
    if (!this.hung) this.events.message(msg);
  }
}

/** A host of fake workers on the fake clock; `wakes` counts the doorbell. */
function fakeHost(opts: { scripted?: boolean; cores?: number } = {}) {
  const workers: FakeWorker[] = [];
  const host: PoolHost & { wakes: number } = {
    wakes: 0,
    spawn(events) {
      const w = new FakeWorker(events, opts.scripted ?? false);
      workers.push(w);
      return w;
    },
    now: () => Date.now(),
    every(ms, check) {
      const id = setInterval(check, ms);
      return () => clearInterval(id);
    },
    cores: opts.cores ?? 2,
    wake() {
      host.wakes++;
    },
  };
  return { host, workers };
}

/** Drains the pool every `frameMs` of fake time for `ms`, as the page's clock would, and returns what came out. */
function drainFor(pool: Pool, ms: number, frameMs = 16): PoolNews[] {
  const out: PoolNews[] = [];
  for (let t = 0; t < ms; t += frameMs) {
    vi.advanceTimersByTime(frameMs);
    const n = pool.drain();
    if (n) out.push(n);
  }
  return out;
}

const pointsOf = (news: PoolNews[], id: string): HistoryPoint[] =>
  news.flatMap((n) => n.progress?.updates.find((r) => r.id === id)?.points ?? []);

const update = (id: string, step: number): RunUpdate => ({
  id, status: 'training', step, seconds: 0, stepsPerSecond: 100, batchLoss: 0, layers: [], points: [], masks: [],
});
const progress = (step: number, playing: boolean, ids: string[]): ProgressMessage => ({
  type: 'progress', step, epoch: 0, playing, stepsPerSecond: 100, examplesPerSecond: 3200, updates: ids.map((id) => update(id, step)),
});

let pool: Pool | null = null;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  pool?.dispose();
  pool = null;
  vi.useRealTimers();
});

describe('the page side of a pool', () => {
  it('hands out the runs as built only once every worker has answered, then every point each run recorded, in order and once', () => {
    const { host, workers } = fakeHost();
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    expect(workers).toHaveLength(2);
    expect(pool.drain()).toBeNull();
    pool.send({ type: 'setSpeed', stepsPerSecond: 400 });
    pool.send({ type: 'play' });
    const news = drainFor(pool, 1500);
    const configured = news.find((n) => n.configured)!.configured!;
    expect(configured.workers).toBe(2);
    expect(configured.msg.runs.map((r) => r.id)).toEqual(['A', 'B']);
    expect(news.every((n) => !n.progress || n.progress.updates.map((r) => r.id).join() === 'A,B')).toBe(true);
    for (const id of ['A', 'B']) {
      const steps = pointsOf(news, id).map((p) => p.step);
      expect(steps.length).toBeGreaterThan(20);
      // Recorded every 10 steps, none lost or repeated across drains.
      expect(steps).toEqual(steps.map((_, i) => steps[0] + 10 * i));
    }
  });

  it('posts nothing back while messages arrive; it decides the lock-step limit once, when drained', () => {
    const { host, workers } = fakeHost({ scripted: true });
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    workers[0].say({ type: 'configured', runs: [], grid: { resolution: 4, xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, kept: false, kernels: { available: 'js', reason: null, problem: null }, mode: 'lockstep' });
    workers[1].say({ type: 'configured', runs: [], grid: { resolution: 4, xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, kept: false, kernels: { available: 'js', reason: null, problem: null }, mode: 'lockstep' });
    const limits = () => workers.map((w) => w.posted.filter((m) => m.type === 'limit').map((m) => (m as { step: number | null }).step));
    expect(limits()).toEqual([[20], [20]]);
    for (let s = 10; s <= 100; s += 10) {
      workers[0].say(progress(s, true, ['A']));
      workers[1].say(progress(s, true, ['B']));
    }
    expect(limits()).toEqual([[20], [20]]);
    expect(host.wakes).toBeGreaterThanOrEqual(20);
    pool.drain();
    // The slowest worker's step plus a quarter second of its 100 steps/s, at least 20: 100 + 25.
    expect(limits()).toEqual([[20, 125], [20, 125]]);
    pool.drain();
    expect(limits()).toEqual([[20, 125], [20, 125]]);
  });

  it('after a pause brings the workers behind to the furthest one’s step, once all have stopped', () => {
    const { host, workers } = fakeHost({ scripted: true });
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    for (const w of workers) w.say({ type: 'configured', runs: [], grid: { resolution: 4, xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, kept: false, kernels: { available: 'js', reason: null, problem: null }, mode: 'lockstep' });
    pool.send({ type: 'play' });
    pool.send({ type: 'pause' });
    workers[0].say(progress(50, false, ['A']));
    workers[1].say(progress(42, true, ['B']));
    pool.drain();
    const steps = () => workers.map((w) => w.posted.filter((m) => m.type === 'step'));
    expect(steps()).toEqual([[], []]);
    workers[1].say(progress(44, false, ['B']));
    pool.drain();
    expect(steps()).toEqual([[], [{ type: 'step', count: 6 }]]);
    pool.drain();
    expect(steps()[1]).toHaveLength(1);
  });

  it('keeps nothing in common between two pools (no module state)', () => {
    const a = fakeHost({ scripted: true });
    const b = fakeHost({ scripted: true });
    const pa = createPool(a.host, 1);
    const pb = createPool(b.host, 1);
    pa.configure({ type: 'configure', specs: smallRuns() });
    expect(pa.size()).toBe(1);
    expect(pb.size()).toBe(0);
    pb.send({ type: 'play' });
    expect(a.workers[0].posted.some((m) => m.type === 'play')).toBe(false);
    pa.dispose();
    pb.dispose();
  });

  it('reports an error a worker sends, and a worker that crashed, as faults on the next drain', () => {
    const { host, workers } = fakeHost({ scripted: true });
    pool = createPool(host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    workers[0].say({ type: 'error', message: 'learning rate blew up' });
    workers[0].events.crashed('boom');
    expect(pool.drain()?.faults).toEqual([{ kind: 'failed', detail: 'learning rate blew up' }, { kind: 'crashed', detail: 'boom' }]);
    expect(pool.drain()).toBeNull();
  });

  it('ends every worker on dispose, and hears nothing after', () => {
    const { host, workers } = fakeHost({ scripted: true });
    pool = createPool(host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.dispose();
    workers[0].say(progress(10, true, ['A', 'B']));
    expect(pool.drain()).toBeNull();
  });
});

describe('the pool’s watchdog', () => {
  let host: ReturnType<typeof fakeHost>;
  const faults = () => drainFor(pool!, 0).flatMap((n) => n.faults);
  const run = (ms: number) => drainFor(pool!, ms, 100).flatMap((n) => n.faults.map((f) => f.kind));
  beforeEach(() => {
    host = fakeHost();
    pool = createPool(host.host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.send({ type: 'setSpeed', stepsPerSecond: 200 });
    vi.advanceTimersByTime(100);
  });

  it('stays quiet when a Play with a horizon stops there by itself and the page waits at the pause', () => {
    pool!.send({ type: 'play', until: 40 });
    expect(run(2_000 + SILENCE_LIMIT_MS * 3)).toEqual([]);
    expect(faults()).toEqual([]);
  });

  it('still reports a worker that falls silent while it trains toward the horizon', () => {
    pool!.send({ type: 'play', until: 1_000_000 });
    expect(run(500)).toEqual([]);
    host.workers[0].hang();
    expect(run(SILENCE_LIMIT_MS + 2_000)).toEqual(['unresponsive']);
  });

  it('reports a worker that falls silent after Keep training (a Play without a horizon)', () => {
    pool!.send({ type: 'play', until: 40 });
    expect(run(2_000)).toEqual([]);
    pool!.send({ type: 'play' });
    expect(run(500)).toEqual([]);
    host.workers[0].hang();
    expect(run(SILENCE_LIMIT_MS + 2_000)).toEqual(['unresponsive']);
  });
});

const probs = (requestId: number, step: number, ids: string[]): FromWorker => ({
  type: 'imageProbs', requestId, step,
  predictions: ids.map((id) => ({ id, outputs: 10, probs: new Float32Array(10).fill(0.1) })),
});

describe('a pool classifying a drawn digit', () => {
  it('sends the drawing to every worker and hands out one answer, every run in comparison order, once all have answered', () => {
    const { host, workers } = fakeHost({ scripted: true, cores: 4 });
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.drain();
    pool.send({ type: 'evaluateImage', requestId: 3, pixels: new Float32Array(64) });
    expect(workers.map((w) => w.posted.at(-1)?.type)).toEqual(['evaluateImage', 'evaluateImage']);
    workers[1].say(probs(3, 12, ['B']));
    expect(pool.drain()).toBeNull();
    workers[0].say(probs(3, 12, ['A']));
    const answer = pool.drain()!.imageProbs as ImageProbsMessage;
    expect(answer.requestId).toBe(3);
    expect(answer.predictions.map((p) => p.id)).toEqual(['A', 'B']);
    expect(pool.drain()).toBeNull();
  });

  it('drops the parts of an older drawing once a newer one is sent', () => {
    const { host, workers } = fakeHost({ scripted: true, cores: 4 });
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.send({ type: 'evaluateImage', requestId: 1, pixels: new Float32Array(64) });
    workers[0].say(probs(1, 5, ['A']));
    pool.send({ type: 'evaluateImage', requestId: 2, pixels: new Float32Array(64) });
    workers[1].say(probs(1, 5, ['B']));
    workers[0].say(probs(2, 5, ['A']));
    expect(pool.drain()?.imageProbs ?? null).toBeNull();
    workers[1].say(probs(2, 5, ['B']));
    expect(pool.drain()?.imageProbs?.requestId).toBe(2);
  });

  it('repeats the page’s watchImages to workers spawned later, and passes a data fault on typed', () => {
    const { host, workers } = fakeHost({ scripted: true, cores: 4 });
    pool = createPool(host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.send({ type: 'watchImages', on: true });
    pool.dispose();
    pool = createPool(host, 2);
    pool.send({ type: 'watchImages', on: true });
    pool.configure({ type: 'configure', specs: smallRuns() });
    expect(workers.slice(1).map((w) => w.posted.some((m) => m.type === 'watchImages' && m.on))).toEqual([true, true]);
    workers[1].say({ type: 'error', message: 'corrupt', data: { dataset: 'digits', problem: 'checksum' } });
    expect(pool.drain()?.faults).toEqual([{ kind: 'failed', detail: 'corrupt', data: { dataset: 'digits', problem: 'checksum' } }]);
  });

  it('keeps a run’s image report until drained though a newer progress without one arrives, and hands it out once', () => {
    const { host, workers } = fakeHost({ scripted: true });
    pool = createPool(host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    workers[0].say({ type: 'configured', runs: [], grid: { resolution: 2, xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, kept: false,
      kernels: { available: 'js', reason: null, problem: null }, mode: 'lockstep' });
    const images = { step: 10, predicted: new Uint8Array(3), galleryProbs: new Float32Array(30), confusion: new Uint32Array(100),
      firstLayer: { units: 1, W: new Float32Array(64) } };
    const withImages = progress(10, true, ['A', 'B']);
    withImages.updates[0].images = images;
    workers[0].say(withImages);
    workers[0].say(progress(11, true, ['A', 'B']));
    const first = pool.drain()!.progress!;
    expect(first.step).toBe(11);
    expect(first.updates[0].images).toBe(images);
    workers[0].say(progress(12, true, ['A', 'B']));
    expect(pool.drain()!.progress!.updates[0].images).toBeUndefined();
  });
});
