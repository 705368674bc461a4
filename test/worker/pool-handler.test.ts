import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfiguredMessage, FromWorker, HistoryPoint, ProgressMessage, RunSpec } from '../../src/protocol.ts';
import { createHandler } from '../../src/worker/handler.ts';
import { makeWorker, smallRuns } from './harness.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A run's recorded points without their seconds (compute time is the one timing-dependent number). */
function numbers(msgs: ProgressMessage[], id: string): Omit<HistoryPoint, 'seconds'>[] {
  return msgs.flatMap((m) => m.updates.find((r) => r.id === id)?.points ?? []).map(({ seconds: _s, ...rest }) => rest);
}

function configured(w: { posted: FromWorker[] }): ConfiguredMessage {
  const c = w.posted.filter((m): m is ConfiguredMessage => m.type === 'configured').pop();
  if (!c) throw new Error('no configured message');
  return c;
}

describe('worker handler as one worker of a pool', () => {
  it('trains only its own runs, with the same numbers and the same boundary grid as one worker training all', () => {
    const runs = smallRuns();
    const all = makeWorker();
    all.handle({ type: 'configure', specs: runs });
    const onlyA = makeWorker();
    onlyA.handle({ type: 'configure', specs: runs, runIds: ['A'] });
    const onlyB = makeWorker();
    onlyB.handle({ type: 'configure', specs: runs, runIds: ['B'] });
    expect(configured(onlyA).runs.map((r) => r.id)).toEqual(['A']);
    expect(configured(onlyB).runs.map((r) => r.id)).toEqual(['B']);
    expect(configured(onlyB).grid).toEqual(configured(all).grid);
    for (const w of [all, onlyA, onlyB]) w.handle({ type: 'step', count: 120 });
    expect(numbers(onlyA.progress(), 'A')).toEqual(numbers(all.progress(), 'A'));
    expect(numbers(onlyB.progress(), 'B')).toEqual(numbers(all.progress(), 'B'));
    expect(numbers(all.progress(), 'B').length).toBe(13);
  });

  it('holds lock-step training at the limit, says so at once, and goes on when the limit rises', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'limit', step: 25 });
    w.handle({ type: 'play' });
    w.advance(500);
    expect(w.lastProgress().step).toBe(25);
    expect(w.lastProgress().playing).toBe(true);
    const held = w.progress().length;
    w.advance(500);
    // Held: a heartbeat at most once a second instead of ~30 progress messages.
    expect(w.progress().length - held).toBeLessThanOrEqual(1);
    w.handle({ type: 'limit', step: 60 });
    w.advance(300);
    expect(w.lastProgress().step).toBe(60);
    w.handle({ type: 'limit', step: null });
    w.advance(300);
    expect(w.lastProgress().step).toBeGreaterThan(60);
  });

  it('takes explicit steps past the limit (a pool evens its workers up after a pause that way)', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'limit', step: 5 });
    w.handle({ type: 'step', count: 12 });
    expect(w.lastProgress().step).toBe(12);
  });
});

/**
 * A handler on the real clock whose scheduled ticks run only when asked: a race shares real CPU
 * time, which a fake clock cannot stand in for. The margins below are hundreds of times the noise
 * (the costly run has ~450× the weights of the cheap one).
 */
function realClockWorker() {
  const posted: FromWorker[] = [];
  const queue: (() => void)[] = [];
  const handle = createHandler({
    post: (msg) => posted.push(structuredClone(msg)),
    now: () => performance.now(),
    schedule: (fn) => void queue.push(fn),
  });
  const progress = () => posted.filter((m): m is ProgressMessage => m.type === 'progress');
  return {
    handle,
    posted,
    progress,
    lastProgress: () => progress()[progress().length - 1],
    ticks(n: number) {
      for (let i = 0; i < n && queue.length; i++) queue.shift()!();
    },
  };
}

describe('race mode', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  /** A cheap run (2×4) beside a costly one (4×64), same data and seed. */
  function raceRuns(): RunSpec[] {
    const [a, b] = smallRuns({ activation: 'relu' });
    return [
      { ...a, config: { ...a.config, depth: 2, width: 4 } },
      { ...b, config: { ...b.config, depth: 4, width: 64 } },
    ];
  }

  it('lets each run take as many steps as its own cost allows, each recording its seconds of training', () => {
    const w = realClockWorker();
    w.handle({ type: 'configure', specs: raceRuns(), mode: 'race' });
    expect(configured(w).mode).toBe('race');
    w.handle({ type: 'play' });
    w.ticks(20);
    w.handle({ type: 'pause' });
    const p = w.lastProgress();
    const [cheap, costly] = p.updates;
    expect(cheap.step).toBeGreaterThan(5 * costly.step);
    expect(costly.step).toBeGreaterThan(0);
    expect(p.step).toBe(cheap.step);
    for (const r of p.updates) {
      expect(r.seconds).toBeGreaterThan(0);
      expect(r.stepsPerSecond).toBeGreaterThan(0);
    }
    const seconds = w.progress().flatMap((m) => m.updates[1].points.map((q) => q.seconds));
    expect(seconds.length).toBeGreaterThan(2);
    for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeGreaterThan(seconds[i - 1]);
  });

  it('gives each run the same numbers at the same step as lock-step does', () => {
    const race = realClockWorker();
    race.handle({ type: 'configure', specs: raceRuns(), mode: 'race' });
    race.handle({ type: 'play' });
    race.ticks(20);
    race.handle({ type: 'pause' });
    const lock = makeWorker();
    lock.handle({ type: 'configure', specs: raceRuns() });
    lock.handle({ type: 'step', count: race.lastProgress().updates[1].step });
    const costly = numbers(race.progress(), 'B');
    expect(costly.length).toBeGreaterThan(1);
    expect(numbers(lock.progress(), 'B')).toEqual(costly);
    const cheap = numbers(lock.progress(), 'A');
    expect(cheap).toEqual(numbers(race.progress(), 'A').slice(0, cheap.length));
  });

  it('rebuilds the runs when the mode changes', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: raceRuns() });
    w.handle({ type: 'step', count: 20 });
    w.handle({ type: 'configure', specs: raceRuns(), mode: 'race' });
    expect(configured(w).kept).toBe(false);
    expect(w.lastProgress().step).toBe(0);
  });
});

describe('kernels per run', () => {
  it('trains a run that asks for SIMD on SIMD where the worker has it, and on JS where it has not', () => {
    const runs = smallRuns({ kernels: 'simd' });
    runs[1].config = { ...runs[1].config, kernels: 'js' };
    const withSimd = makeWorker({ available: 'simd', reason: null, problem: null });
    withSimd.handle({ type: 'configure', specs: runs });
    expect(configured(withSimd).runs.map((r) => r.kernels)).toEqual(['simd', 'js']);
    const without = makeWorker({ available: 'js', reason: 'this WebAssembly has no SIMD', problem: 'unsupported' });
    without.handle({ type: 'configure', specs: runs });
    expect(configured(without).runs.map((r) => r.kernels)).toEqual(['js', 'js']);
    expect(configured(without).kernels).toEqual({ available: 'js', reason: 'this WebAssembly has no SIMD', problem: 'unsupported' });
  });

  it('gives the same lesson outcome on both kinds over 300 steps (to float rounding)', () => {
    const simd = makeWorker({ available: 'simd', reason: null, problem: null });
    simd.handle({ type: 'configure', specs: smallRuns({ kernels: 'simd' }) });
    simd.handle({ type: 'step', count: 300 });
    const js = makeWorker();
    js.handle({ type: 'configure', specs: smallRuns({ kernels: 'js' }) });
    js.handle({ type: 'step', count: 300 });
    for (const id of ['A', 'B']) {
      const a = numbers(simd.progress(), id).pop()!;
      const b = numbers(js.progress(), id).pop()!;
      expect(a.step).toBe(300);
      expect(Math.abs(a.valAcc - b.valAcc)).toBeLessThanOrEqual(0.01);
      expect(a.trainLoss).toBeCloseTo(b.trainLoss, 3);
    }
  });
});
