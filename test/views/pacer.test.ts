import { describe, expect, it } from 'vitest';
import { CALM_FRAMES, IDLE_FRAMES, MAX_PER_FRAME, SLOW_MS, createPacer } from '../../src/views/ui/pacer.ts';

/** A hand-driven animation-frame clock: `frame(ms)` advances time and runs what was scheduled. */
function fakeFrames() {
  let pending: ((now: number) => void) | null = null;
  let now = 0;
  let scheduled = 0;
  return {
    onFrame: (tick: (now: number) => void) => {
      scheduled++;
      pending = tick;
    },
    frame(ms = 16.7) {
      now += ms;
      const tick = pending;
      pending = null;
      tick?.(now);
    },
    get waiting() {
      return pending !== null;
    },
    get scheduled() {
      return scheduled;
    },
  };
}

/** A view that records when it got its turn. */
function views(names: string[], log: string[]) {
  return Object.fromEntries(names.map((n) => [n, () => log.push(n)])) as Record<string, () => void>;
}

describe('pacer', () => {
  it('gives every waiting view its turn in the next frame while frames are quick, never before', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['grad', 'curves', 'boundary', 'network', 'health', 'table'], log);
    for (const turn of Object.values(v)) pacer.request(turn);
    expect(log).toEqual([]);
    clock.frame();
    expect(log).toEqual(['grad', 'curves', 'boundary', 'network', 'health', 'table']);
  });

  it('asks for one frame however often a view asks, and a view asking twice gets one turn', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['grad'], log);
    pacer.request(v.grad);
    pacer.request(v.grad);
    pacer.request(v.grad);
    expect(clock.scheduled).toBe(1);
    clock.frame();
    expect(log).toEqual(['grad']);
  });

  it('halves the turns per frame after each slow frame, down to one view a frame taken in turn', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['a', 'b', 'c'], log);
    const all = () => Object.values(v).forEach((turn) => pacer.request(turn));
    all();
    clock.frame();
    expect(pacer.perFrame()).toBe(MAX_PER_FRAME);
    for (let i = 0; i < 10; i++) {
      all();
      clock.frame(SLOW_MS + 30);
    }
    expect(pacer.perFrame()).toBe(1);
    log.length = 0;
    // Every view keeps asking each frame (training streams data every frame); one redraws per frame, in rotation.
    for (let i = 0; i < 6; i++) {
      all();
      clock.frame(SLOW_MS + 30);
    }
    expect(log).toHaveLength(6);
    expect([...log.slice(0, 3)].sort()).toEqual(['a', 'b', 'c']);
    expect(log.slice(3)).toEqual(log.slice(0, 3));
  });

  it('adds a turn back after a run of quick frames, until every view redraws each frame again', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['a', 'b', 'c'], log);
    const all = () => Object.values(v).forEach((turn) => pacer.request(turn));
    for (let i = 0; i < 6; i++) {
      all();
      clock.frame(60);
    }
    expect(pacer.perFrame()).toBe(1);
    for (let i = 0; i < CALM_FRAMES; i++) {
      all();
      clock.frame();
    }
    expect(pacer.perFrame()).toBe(2);
    for (let i = 0; i < 2 * CALM_FRAMES; i++) {
      all();
      clock.frame();
    }
    expect(pacer.perFrame()).toBe(4);
    log.length = 0;
    all();
    clock.frame();
    expect(log.sort()).toEqual(['a', 'b', 'c']);
  });

  it('drops a cancelled turn', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['a', 'b'], log);
    pacer.request(v.a);
    pacer.request(v.b);
    pacer.cancel(v.a);
    clock.frame();
    expect(log).toEqual(['b']);
  });

  it('rests after a few empty frames, and a long idle gap does not count as a slow frame', () => {
    const clock = fakeFrames();
    const pacer = createPacer(clock.onFrame);
    const log: string[] = [];
    const v = views(['a'], log);
    pacer.request(v.a);
    for (let i = 0; i < IDLE_FRAMES + 5; i++) clock.frame();
    expect(clock.waiting).toBe(false);
    const before = pacer.perFrame();
    clock.frame(5_000);
    pacer.request(v.a);
    clock.frame();
    expect(pacer.perFrame()).toBe(before);
    expect(log).toEqual(['a', 'a']);
  });
});
