import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ImageProbsMessage, ToWorker } from '../../src/protocol.ts';
import { createPool, type Pool, type PoolHost, type WorkerEvents } from '../../src/pool/pool.ts';
import { smallRuns } from '../worker/harness.ts';

/** Scripted workers: they record what the pool posts and say only what the test makes them say. */
function scriptedHost() {
  const workers: { events: WorkerEvents; posted: ToWorker[] }[] = [];
  const host: PoolHost = {
    spawn(events) {
      const w = { events, posted: [] as ToWorker[] };
      workers.push(w);
      return { post: (m: ToWorker) => void w.posted.push(m), terminate: () => {} };
    },
    now: () => Date.now(),
    every: () => () => {},
    cores: 4,
    wake: () => {},
  };
  return { host, workers };
}

const probs = (requestId: number, step: number, ids: string[]): FromWorker => ({
  type: 'imageProbs', requestId, step,
  predictions: ids.map((id) => ({ id, outputs: 10, probs: new Float32Array(10).fill(0.1) })),
});

let pool: Pool | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  pool?.dispose();
  pool = null;
  vi.useRealTimers();
});

describe('a pool classifying a drawn digit', () => {
  it('sends the drawing to every worker and hands out one answer, every run in comparison order, once all have answered', () => {
    const { host, workers } = scriptedHost();
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.drain();
    pool.send({ type: 'evaluateImage', requestId: 3, pixels: new Float32Array(64) });
    expect(workers.map((w) => w.posted.at(-1)?.type)).toEqual(['evaluateImage', 'evaluateImage']);
    workers[1].events.message(probs(3, 12, ['B']));
    expect(pool.drain()).toBeNull();
    workers[0].events.message(probs(3, 12, ['A']));
    const answer = pool.drain()!.imageProbs as ImageProbsMessage;
    expect(answer.requestId).toBe(3);
    expect(answer.predictions.map((p) => p.id)).toEqual(['A', 'B']);
    expect(pool.drain()).toBeNull();
  });

  it('drops the parts of an older drawing once a newer one is sent', () => {
    const { host, workers } = scriptedHost();
    pool = createPool(host, 2);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.send({ type: 'evaluateImage', requestId: 1, pixels: new Float32Array(64) });
    workers[0].events.message(probs(1, 5, ['A']));
    pool.send({ type: 'evaluateImage', requestId: 2, pixels: new Float32Array(64) });
    workers[1].events.message(probs(1, 5, ['B']));
    workers[0].events.message(probs(2, 5, ['A']));
    expect(pool.drain()?.imageProbs ?? null).toBeNull();
    workers[1].events.message(probs(2, 5, ['B']));
    expect(pool.drain()?.imageProbs?.requestId).toBe(2);
  });

  it('repeats the page’s watchImages to workers spawned later, and passes a data fault on typed', () => {
    const { host, workers } = scriptedHost();
    pool = createPool(host, 1);
    pool.configure({ type: 'configure', specs: smallRuns() });
    pool.send({ type: 'watchImages', on: true });
    pool.dispose();
    pool = createPool(host, 2);
    pool.send({ type: 'watchImages', on: true });
    pool.configure({ type: 'configure', specs: smallRuns() });
    expect(workers.slice(1).map((w) => w.posted.some((m) => m.type === 'watchImages' && m.on))).toEqual([true, true]);
    workers[1].events.message({ type: 'error', message: 'corrupt', data: { dataset: 'digits', problem: 'checksum' } });
    expect(pool.drain()?.faults).toEqual([{ kind: 'failed', detail: 'corrupt', data: { dataset: 'digits', problem: 'checksum' } }]);
  });
});
