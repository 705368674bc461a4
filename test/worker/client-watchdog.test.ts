import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker, WorkerFault } from '../../src/protocol.ts';
import { SILENCE_LIMIT_MS, send, startWorker, stopWorker, type WorkerListener } from '../../src/worker/client.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { smallRuns } from './harness.ts';

/** A Worker that runs the real handler on the fake clock; `hang()` makes it stop answering, as a crashed one would. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  private hung = false;
  private readonly handle = createHandler({
    post: (msg) => {
      const data = structuredClone(msg);
      if (!this.hung) setTimeout(() => this.onmessage?.({ data }), 0);
    },
    now: () => Date.now(),
    schedule: (fn, delay) => void setTimeout(fn, delay),
  });
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(msg: ToWorker) {
    if (!this.hung) this.handle(structuredClone(msg));
  }
  terminate() {
    this.hung = true;
  }
  hang() {
    this.hung = true;
  }
}

const faults: WorkerFault[] = [];
const listener: WorkerListener = { configured: () => {}, progress: () => {}, boundary: () => {}, error: (f) => faults.push(f) };

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.all = [];
  faults.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  vi.stubGlobal('document', { visibilityState: 'hidden' });
  startWorker(listener, 1);
  send({ type: 'configure', specs: smallRuns() });
  send({ type: 'setSpeed', stepsPerSecond: 200 });
  vi.advanceTimersByTime(100);
});
afterEach(() => {
  stopWorker();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the pool client watchdog', () => {
  it('stays quiet when a Play with a horizon stops there by itself and the page waits at the pause', () => {
    send({ type: 'play', until: 40 });
    vi.advanceTimersByTime(2_000);
    vi.advanceTimersByTime(SILENCE_LIMIT_MS * 3);
    expect(faults).toEqual([]);
  });

  it('still reports a worker that falls silent while it trains toward the horizon', () => {
    send({ type: 'play', until: 1_000_000 });
    vi.advanceTimersByTime(500);
    FakeWorker.all[0].hang();
    vi.advanceTimersByTime(SILENCE_LIMIT_MS + 2_000);
    expect(faults.map((f) => f.kind)).toEqual(['unresponsive']);
  });

  it('reports a worker that falls silent after Keep training (a Play without a horizon)', () => {
    send({ type: 'play', until: 40 });
    vi.advanceTimersByTime(2_000);
    send({ type: 'play' });
    vi.advanceTimersByTime(500);
    FakeWorker.all[0].hang();
    vi.advanceTimersByTime(SILENCE_LIMIT_MS + 2_000);
    expect(faults.map((f) => f.kind)).toEqual(['unresponsive']);
  });
});
