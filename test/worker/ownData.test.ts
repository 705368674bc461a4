import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfiguredMessage, OwnPoints } from '../../src/protocol.ts';
import { makeWorker, smallRuns } from './harness.ts';

/** 12 training points and 4 validation points of 3 classes, with float32 values that no generator makes. */
function ownPoints(key = 1): OwnPoints {
  const train = Float32Array.from({ length: 24 }, (_, i) => Math.fround(Math.sin(i * 1.7) * 1.4));
  const val = Float32Array.from({ length: 8 }, (_, i) => Math.fround(Math.cos(i * 0.9)));
  return {
    key,
    classes: 3,
    train: { x: train, labels: Uint8Array.from({ length: 12 }, (_, i) => i % 3), n: 12 },
    val: { x: val, labels: Uint8Array.from([2, 1, 0, 2]), n: 4 },
  };
}

const lastConfigured = (posted: { type: string }[]) => posted.filter((m): m is ConfiguredMessage => m.type === 'configured').at(-1);

describe('the worker on own data', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('trains every run on exactly the given points, the first N of the training points', () => {
    const w = makeWorker();
    const own = ownPoints();
    w.handle({ type: 'configure', specs: smallRuns({ dataset: 'own', trainSize: 10 }), data: own });
    const msg = w.posted.find((m): m is ConfiguredMessage => m.type === 'configured')!;
    for (const r of msg.runs) {
      expect(r.classes).toBe(3);
      expect(r.layerSizes.at(-1)).toBe(3);
      expect(Array.from(r.train.x)).toEqual(Array.from(own.train.x.slice(0, 20)));
      expect(Array.from(r.train.labels)).toEqual(Array.from(own.train.labels.slice(0, 10)));
      expect(Array.from(r.val.x)).toEqual(Array.from(own.val.x));
      expect(Array.from(r.val.labels)).toEqual([2, 1, 0, 2]);
    }
  });

  it('gives the same numbers for the same points, and keeps the weights when only a live knob changes', () => {
    const a = makeWorker();
    const b = makeWorker();
    for (const w of [a, b]) {
      w.handle({ type: 'configure', specs: smallRuns({ dataset: 'own' }), data: ownPoints() });
      w.handle({ type: 'step', count: 20 });
    }
    expect(b.lastProgress().updates).toEqual(a.lastProgress().updates);
    a.handle({ type: 'configure', specs: smallRuns({ dataset: 'own', learningRate: 0.05 }), data: ownPoints() });
    expect(lastConfigured(a.posted)).toMatchObject({ kept: true });
    a.handle({ type: 'configure', specs: smallRuns({ dataset: 'own', learningRate: 0.05 }), data: ownPoints(2) });
    expect(lastConfigured(a.posted)).toMatchObject({ kept: false });
  });

  it('reports an error, not a crash, when own data is missing', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns({ dataset: 'own' }) });
    expect(w.posted.at(-1)).toEqual({ type: 'error', message: 'run A trains on own data, but none was sent' });
  });
});
