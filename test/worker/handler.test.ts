import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryPoint, ProgressMessage } from '../../src/protocol.ts';
import { makeWorker, smallRuns } from './harness.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function allPoints(msgs: ProgressMessage[], id: string): HistoryPoint[] {
  return msgs.flatMap((m) => m.updates.find((r) => r.id === id)?.points ?? []);
}

/** A run's points without their seconds (compute time is the one number timing may change). */
function numbers(msgs: ProgressMessage[], id: string): Omit<HistoryPoint, 'seconds'>[] {
  return allPoints(msgs, id).map(({ seconds: _s, ...rest }) => rest);
}

describe('worker handler', () => {
  it('answers configure with the runs, their layer sizes and the shared data, then a progress at step 0', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    const configured = w.posted.find((m) => m.type === 'configured');
    expect(configured?.type === 'configured' && configured.runs.map((r) => r.layerSizes)).toEqual([
      [2, 8, 8, 8, 1],
      [2, 8, 8, 8, 1],
    ]);
    expect(configured?.type === 'configured' && configured.runs[0].train.n).toBe(100);
    expect(configured?.type === 'configured' && configured.runs[0].val.n).toBe(500);
    const p = w.lastProgress();
    expect(p.step).toBe(0);
    expect(p.updates.map((r) => r.points.map((q) => q.step))).toEqual([[0], [0]]);
    expect(p.updates[0].points[0].layers).toHaveLength(4);
    expect(p.updates[0].points[0].layers[0].gradNorm).toBeGreaterThan(0);
  });

  it('streams progress with per-layer statistics for every run while playing', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'play' });
    w.advance(300);
    const p = w.lastProgress();
    expect(p.playing).toBe(true);
    expect(p.step).toBeGreaterThan(10);
    for (const r of p.updates) {
      expect(r.layers).toHaveLength(4);
      expect(r.layers.every((l) => Number.isFinite(l.gradNorm) && l.gradNorm > 0)).toBe(true);
      expect(Number.isFinite(r.batchLoss)).toBe(true);
    }
    expect(w.posted.some((m) => m.type === 'boundary')).toBe(true);
  });

  it('posts progress at most about 30 times a second while playing', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'play' });
    const from = w.posted.length;
    w.advance(500);
    const times = w.posted
      .map((m, i) => ({ m, t: w.postedAt[i] }))
      .slice(from)
      .filter(({ m }) => m.type === 'progress')
      .map(({ t }) => t);
    expect(times.length).toBeGreaterThan(3);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(33);
  });

  it('stops taking steps on pause', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'play' });
    w.advance(200);
    w.handle({ type: 'pause' });
    const paused = w.lastProgress().step;
    w.advance(1000);
    expect(w.lastProgress().step).toBe(paused);
    expect(w.lastProgress().playing).toBe(false);
  });

  it('advances exactly one step on step', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'step' });
    expect(w.lastProgress().step).toBe(1);
    w.handle({ type: 'step' });
    w.advance(500);
    expect(w.lastProgress().step).toBe(2);
  });

  it('trains at the requested pace when a speed is set', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'setSpeed', stepsPerSecond: 20 });
    w.handle({ type: 'play' });
    w.advance(1000);
    const s = w.lastProgress().step;
    expect(s).toBeGreaterThanOrEqual(18);
    expect(s).toBeLessThanOrEqual(21);
  });

  it('pauses by itself exactly at the step Play was given, at full speed and at a pace, and Play without it goes on', () => {
    for (const speed of [null, 50]) {
      const w = makeWorker();
      w.handle({ type: 'configure', specs: smallRuns() });
      w.handle({ type: 'setSpeed', stepsPerSecond: speed });
      w.handle({ type: 'play', until: 25 });
      w.advance(3000);
      expect(w.lastProgress().step, String(speed)).toBe(25);
      expect(w.lastProgress().playing, String(speed)).toBe(false);
      // Keep training (at a pace: full speed under fake timers would run until the timer limit).
      w.handle({ type: 'setSpeed', stepsPerSecond: 50 });
      w.handle({ type: 'play' });
      w.advance(500);
      expect(w.lastProgress().step, String(speed)).toBeGreaterThan(40);
    }
  });

  it('answers a Play whose stop is already reached with a paused progress, taking no step', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'step', count: 30 });
    const before = w.progress().length;
    w.handle({ type: 'play', until: 20 });
    w.advance(500);
    expect(w.progress().length).toBe(before + 1);
    expect(w.lastProgress()).toMatchObject({ step: 30, playing: false });
  });

  it('resets to step 0 with the same first numbers', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'step', count: 30 });
    const first = numbers(w.progress(), 'A').slice(0, 4);
    w.posted.length = 0;
    w.handle({ type: 'reset' });
    expect(w.lastProgress().step).toBe(0);
    w.handle({ type: 'step', count: 30 });
    expect(numbers(w.progress(), 'A').slice(0, 4)).toEqual(first);
  });

  it('keeps the weights when only the learning rate changes, and rebuilds when the depth changes', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    w.handle({ type: 'step', count: 20 });
    w.handle({ type: 'configure', specs: smallRuns({ learningRate: 0.01 }) });
    expect(w.lastProgress().step).toBe(20);
    const kept = w.posted.filter((m) => m.type === 'configured').pop();
    expect(kept?.type === 'configured' && kept.kept).toBe(true);
    w.handle({ type: 'configure', specs: smallRuns({ depth: 2 }) });
    expect(w.lastProgress().step).toBe(0);
  });

  it('tells each run its own configuration, live knob changes included, so views need not rebuild it', () => {
    const w = makeWorker();
    w.handle({ type: 'configure', specs: smallRuns() });
    const first = w.posted.filter((m) => m.type === 'configured').pop();
    expect(first?.type === 'configured' && first.runs.map((r) => r.config.activation)).toEqual(['sigmoid', 'relu']);
    w.handle({ type: 'step', count: 5 });
    w.handle({ type: 'configure', specs: smallRuns({ learningRate: 0.01 }) });
    const kept = w.posted.filter((m) => m.type === 'configured').pop();
    expect(kept?.type === 'configured' && kept.kept).toBe(true);
    expect(kept?.type === 'configured' && kept.runs.map((r) => [r.config.activation, r.config.learningRate])).toEqual([
      ['sigmoid', 0.01],
      ['relu', 0.01],
    ]);
  });

  it('gives identical progress streams for the same configuration, whatever the timing', () => {
    const a = makeWorker();
    a.handle({ type: 'configure', specs: smallRuns() });
    a.handle({ type: 'play' });
    a.advance(700);
    a.handle({ type: 'pause' });
    const b = makeWorker();
    b.handle({ type: 'configure', specs: smallRuns() });
    const steps = a.lastProgress().step;
    for (let done = 0; done < steps; done += 1000) b.handle({ type: 'step', count: Math.min(1000, steps - done) });
    expect(b.lastProgress().step).toBe(steps);
    for (const id of ['A', 'B']) {
      const pa = numbers(a.progress(), id);
      const pb = numbers(b.progress(), id);
      expect(pa.length).toBeGreaterThan(3);
      expect(pb).toEqual(pa);
    }
  });

  it('stops a run whose learning rate blows it up as diverged, without throwing, while its partner trains on', () => {
    const w = makeWorker();
    const runs = smallRuns({ activation: 'relu', init: 'large', depth: 4, width: 16 });
    runs[0].config = { ...runs[0].config, activation: 'relu', learningRate: 10 };
    runs[1].config = { ...runs[1].config, learningRate: 0.01, init: 'xavier' };
    w.handle({ type: 'configure', specs: runs });
    expect(() => w.handle({ type: 'step', count: 400 })).not.toThrow();
    const p = w.lastProgress();
    const a = p.updates.find((r) => r.id === 'A');
    const b = p.updates.find((r) => r.id === 'B');
    expect(a?.status).toBe('diverged');
    expect(a?.divergence?.learningRate).toBe(10);
    expect(a?.divergence?.step).toBeGreaterThan(0);
    expect(b?.status).toBe('training');
    expect(p.step).toBe(400);
    expect(w.posted.some((m) => m.type === 'error')).toBe(false);
  });

  it('reports an error message instead of throwing on a bad configuration', () => {
    const w = makeWorker();
    const runs = smallRuns();
    runs[0].config = { ...runs[0].config, width: 0 };
    expect(() => w.handle({ type: 'configure', specs: runs })).not.toThrow();
    expect(w.posted.some((m) => m.type === 'error')).toBe(true);
  });
});
