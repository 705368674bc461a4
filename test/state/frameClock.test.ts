import { describe, expect, it } from 'vitest';
import { BUDGET_MS, IDLE_FRAMES, MAX_REST_MS, MAX_WAIT_MS, OVERDUE_SCRIPT_MS, createFrameClock, type ClockView } from '../../src/state/frameClock.ts';

/**
 * A hand-driven page: frames advance time; each draw takes its view's `cost` ms of script time. With `rendering`,
 * the page also reports when a frame's rendering is done (afterRender): each view drawn in the frame adds its
 * `render` ms between the end of the frame's script and that moment.
 */
function fakePage({ rendering = false, arriving }: { rendering?: boolean; arriving?: () => number | null } = {}) {
  let pending: ((now: number) => void) | null = null;
  let frameTime = 0;
  let script = 0;
  let data = { v: 0 };
  let streaming = true;
  const log: string[] = [];
  let afterQueue: (() => void)[] = [];
  let renderOfFrame = 0;
  const clock = createFrameClock<{ v: number }>({
    onFrame: (tick) => {
      pending = tick;
    },
    now: () => script,
    read: () => data,
    same: (a, b) => a === b,
    streaming: () => streaming,
    afterRender: rendering ? (run) => void afterQueue.push(run) : undefined,
    // What arrived since the last frame (the page: the pool's news) is taken in first thing in a tick.
    ingest: arriving
      ? () => {
          const v = arriving();
          if (v !== null) data = { v };
          log.push(`ingest ${data.v}`);
        }
      : undefined,
  });
  const view = (name: string, cost = 1, every = 0, render = 0): ClockView & { seen: number[] } => {
    const v = {
      every,
      seen: [] as number[],
      draw() {
        script += cost;
        renderOfFrame += render;
        v.seen.push(clock.snapshot().v);
        log.push(name);
      },
    };
    clock.add(v);
    return v;
  };
  return {
    clock,
    log,
    view,
    /** New data arrives and the clock is told. */
    push() {
      data = { v: data.v + 1 };
      clock.invalidate();
    },
    setStreaming(s: boolean) {
      streaming = s;
    },
    /** Runs the next frame `ms` after the previous one. */
    frame(ms = 1000 / 60) {
      frameTime += ms;
      const tick = pending;
      pending = null;
      renderOfFrame = 0;
      tick?.(frameTime);
      // The browser renders what the frame's script changed, then runs the tasks queued behind it.
      script += renderOfFrame;
      const after = afterQueue;
      afterQueue = [];
      for (const f of after) f();
    },
    /** Runs `n` frames of 60 Hz. */
    frames(n: number) {
      for (let i = 0; i < n; i++) this.frame();
    },
    get waiting() {
      return pending !== null;
    },
  };
}

describe('frame clock', () => {
  it('lets new views join one a frame until each is timed, then redraws every cheap stale view in the next frame, all from the same snapshot', () => {
    const p = fakePage();
    const views = ['grad', 'curves', 'boundary', 'network'].map((n) => p.view(n, 0.5));
    p.push();
    expect(p.log).toEqual([]);
    p.frame();
    expect(p.log).toEqual(['grad']);
    p.frames(3);
    expect(p.log).toEqual(['grad', 'curves', 'boundary', 'network']);
    p.log.length = 0;
    p.push();
    p.frame();
    expect(p.log).toEqual(['grad', 'curves', 'boundary', 'network']);
    for (const v of views) expect(v.seen).toEqual([1, 2]);
  });

  it('shares the frame budget: costly views take turns, oldest first, and each gets the newest data', () => {
    const p = fakePage();
    const a = p.view('a', BUDGET_MS * 0.8);
    const b = p.view('b', BUDGET_MS * 0.8);
    const c = p.view('c', BUDGET_MS * 0.8);
    p.push();
    p.frames(3);
    expect(p.log).toEqual(['a', 'b', 'c']);
    p.log.length = 0;
    p.push();
    p.frame();
    p.push();
    p.frames(3);
    expect(p.log).toEqual(['a', 'b', 'c', 'a']);
    expect([a.seen, b.seen, c.seen]).toEqual([[1, 2, 3], [1, 3], [1, 3]]);
  });

  it('counts each view’s share of the rendering after the script: views cheap to compute but costly to lay out and paint take turns', () => {
    const p = fakePage({ rendering: true });
    // 1 ms of script each: three would fit the budget by script alone, but each is followed by 4 ms of rendering.
    for (const n of ['a', 'b', 'c']) p.view(n, 1, 0, 4);
    p.push();
    p.frames(3);
    expect(p.log).toEqual(['a', 'b', 'c']);
    p.log.length = 0;
    const perFrame: string[][] = [];
    for (let i = 0; i < 3; i++) {
      p.push();
      const before = p.log.length;
      p.frame();
      perFrame.push(p.log.slice(before));
    }
    expect(perFrame).toEqual([['a'], ['b'], ['c']]);
  });

  it('still draws two views in a frame when their script and rendering fit the budget together', () => {
    const p = fakePage({ rendering: true });
    // 1 + 2 ms each: two make 6 ms, a third would make 9 (over BUDGET_MS = 8).
    expect(BUDGET_MS).toBe(8);
    for (const n of ['a', 'b', 'c']) p.view(n, 1, 0, 2);
    p.push();
    p.frames(3);
    p.log.length = 0;
    p.push();
    p.frame();
    expect(p.log).toEqual(['a', 'b']);
    p.push();
    p.frame();
    expect(p.log).toEqual(['a', 'b', 'c', 'a']);
  });

  it('takes in what arrived first in every tick, so the views of that frame draw it', () => {
    let arrived: number | null = null;
    const p = fakePage({ arriving: () => arrived });
    const a = p.view('a', 1);
    p.push();
    arrived = 41;
    p.frame();
    expect(p.log).toEqual(['ingest 41', 'a']);
    expect(a.seen).toEqual([41]);
  });

  it('rests after a frame with drawing that overran, for twice the overrun, then draws again', () => {
    const p = fakePage();
    p.view('a', 1);
    p.push();
    p.frame();
    p.push();
    p.frame(50); // the frame with a's draw took 50 ms: 33 ms over one display frame
    expect(p.log).toEqual(['a']);
    p.push();
    p.frame(); // within the rest of ~66 ms
    p.frames(2);
    expect(p.log).toEqual(['a']);
    p.frames(2);
    expect(p.log).toEqual(['a', 'a']);
  });

  it('never rests longer than MAX_REST_MS, however long a frame was', () => {
    const p = fakePage();
    p.view('a', 1);
    p.push();
    p.frame();
    p.push();
    p.frame(MAX_WAIT_MS - 50); // a rest of twice the overrun would be ~700 ms
    expect(p.log).toEqual(['a']);
    p.push();
    p.frame(MAX_REST_MS + 1);
    expect(p.log).toEqual(['a', 'a']);
  });

  it('does not rest after a frame longer than a view may wait: the view draws in the next frame', () => {
    const p = fakePage();
    p.view('a', 1);
    p.push();
    p.frame();
    p.push();
    p.frame(1000);
    expect(p.log).toEqual(['a', 'a']);
  });

  it('draws a view that has shown old data MAX_WAIT_MS past its least interval in the next frame, budget or not: slow frames starve no view', () => {
    // WebKitGTK under Xvfb: every frame with drawing takes ~150 ms; each view's script is cheap, its share of the
    // rendering is not, and the budget holds one view a frame.
    const p = fakePage({ rendering: true });
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (const n of names) p.view(n, 1, 0, 30);
    const drawnAt = new Map(names.map((n) => [n, [] as number[]]));
    let draws = 0;
    for (let t = 150; t <= 6000; t += 150) {
      p.push();
      const before = p.log.length;
      p.frame(150);
      for (const n of p.log.slice(before)) drawnAt.get(n)!.push(t);
      draws += p.log.length - before;
    }
    // Taking turns, each waited up to 2.4 s; now at most MAX_WAIT_MS after it first shows old data, and a frame.
    for (const times of drawnAt.values()) {
      const gaps = times.slice(1).map((t, i) => t - times[i]);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAIT_MS + 2 * 150);
    }
    // The budget still holds between: not every view draws in every frame.
    expect(draws).toBeLessThan((names.length * 40) / 2);
  });

  it('lets overdue views past the budget only while the frame’s script stays within OVERDUE_SCRIPT_MS, one a frame always', () => {
    // A busy grid under a 4× throttle: eight views of 5 ms script each, slow frames, every view overdue.
    expect(OVERDUE_SCRIPT_MS).toBe(16);
    const p = fakePage();
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (const n of names) p.view(n, 5);
    for (let i = 0; i < 8; i++) {
      p.push();
      p.frame(100);
    }
    const perFrame: number[] = [];
    for (let i = 0; i < 20; i++) {
      p.push();
      const before = p.log.length;
      p.frame(MAX_WAIT_MS);
      perFrame.push(p.log.length - before);
    }
    // Each slow frame starts a rest, so only overdue views draw: three of them (a fourth would take the script to
    // 20 ms), not all eight.
    expect(Math.max(...perFrame)).toBe(3);
    expect(Math.min(...perFrame)).toBeGreaterThanOrEqual(1);
    // A view of 20 ms script, overdue, still draws: one a frame always.
    const q = fakePage();
    q.view('big', 20);
    q.push();
    q.frame(100);
    q.push();
    q.frame(MAX_WAIT_MS);
    expect(q.log).toEqual(['big', 'big']);
  });

  it('draws an overdue view while the clock rests', () => {
    // Each frame with drawing runs 100 ms (a rest of MAX_REST_MS follows); frames without drawing are on time.
    const p = fakePage({ rendering: true });
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (const n of names) p.view(n, 1, 0, 30);
    const drawnAt = new Map(names.map((n) => [n, [] as number[]]));
    let t = 0;
    let drew = false;
    while (t < 6000) {
      p.push();
      const before = p.log.length;
      t += drew ? 100 : 1000 / 60;
      p.frame(drew ? 100 : 1000 / 60);
      for (const n of p.log.slice(before)) drawnAt.get(n)!.push(t);
      drew = p.log.length > before;
    }
    for (const times of drawnAt.values()) {
      const gaps = times.slice(1).map((x, i) => x - times[i]);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAIT_MS + 2 * 100);
    }
  });

  it('keeps a view’s least interval while streaming', () => {
    const p = fakePage();
    p.view('text', 0.1, 250);
    p.view('chart', 0.1);
    for (let i = 0; i < 15; i++) {
      p.push();
      p.frame(20);
    }
    // The chart joins in the second frame (one untimed view a frame), then draws every frame.
    expect(p.log.filter((n) => n === 'chart')).toHaveLength(14);
    expect(p.log.filter((n) => n === 'text')).toHaveLength(2); // at 20 ms and 260 ms (its beat: 250 ms)
  });

  it('draws views of one least interval on a shared beat, so their changes land in the same frames', () => {
    const p = fakePage();
    p.view('a', 3, 250);
    p.view('b', 3, 250);
    // Frames of 20 ms: the two untimed views join one a frame (20 and 40 ms), out of step at first.
    const frames: string[][] = [];
    for (let i = 0; i < 40; i++) {
      p.push();
      const before = p.log.length;
      p.frame(20);
      frames.push(p.log.slice(before).filter((n) => n === 'a' || n === 'b'));
    }
    const drewA = frames.flatMap((f, i) => (f.includes('a') ? [i] : []));
    const drewB = frames.flatMap((f, i) => (f.includes('b') ? [i] : []));
    expect(drewA[0]).not.toBe(drewB[0]);
    // After their first draws, every later draw of one is in a frame where the other draws too.
    expect(drewA.slice(1)).toEqual(drewB.slice(1));
    expect(drewA.length).toBeGreaterThanOrEqual(3);
  });

  it('when not streaming, settles every view at once, without the budget or intervals', () => {
    const p = fakePage();
    const v = ['a', 'b', 'c'].map((n) => p.view(n, BUDGET_MS * 2, 1000));
    p.setStreaming(false);
    p.push();
    p.clock.settle();
    expect(p.log).toEqual(['a', 'b', 'c']);
    for (const x of v) expect(x.seen).toEqual([1]);
    p.clock.settle();
    expect(p.log).toHaveLength(3);
  });

  it('stops asking for frames a few frames after the views caught up, and asks again on new data', () => {
    const p = fakePage();
    p.view('a');
    p.push();
    for (let i = 0; i < IDLE_FRAMES + 1; i++) p.frame();
    expect(p.waiting).toBe(false);
    p.push();
    expect(p.waiting).toBe(true);
  });

  it('does not draw a view that was removed', () => {
    const p = fakePage();
    const gone: ClockView = { every: 0, draw: () => void p.log.push('gone') };
    const remove = p.clock.add(gone);
    p.view('kept');
    remove();
    p.push();
    p.frame();
    expect(p.log).toEqual(['kept']);
  });
});
