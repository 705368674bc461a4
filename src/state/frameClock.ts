/**
 * The page's one scheduler: a loop on animation frames that, each frame, first takes in what the workers sent
 * (`ingest`: drain the pool, merge once, set the store once), then decides which views redraw from the latest
 * snapshot of the data.
 *
 * Every view registers once (`add`); new data marks all of them stale (`invalidate`). Each frame the
 * clock takes one snapshot and hands it to stale views in the order they last drew (oldest first), while
 * the views drawn this frame stay within BUDGET_MS of work (the first view of a frame always draws). A view's
 * work is learnt as it draws: its script time, and its share of the style, layout and paint that follow the
 * frame's script (timed from the end of the script to a task queued behind the rendering, `afterRender`).
 * Counting script alone, two views that were each cheap to compute drew in one frame and made it long: under
 * a 4× CPU throttle a gradient chart's rendering took about twice its script. A frame with drawing that ran
 * long (layout, paint and whatever else count too) buys rest: no view draws for REST_FACTOR × the overrun, so
 * drawing takes at most about a third of the main thread and the frames between stay on time. A view may ask for a
 * least interval between its redraws (`every`, for text that would be a blur at 60 Hz); views of one interval
 * draw on a shared beat (multiples of it), so their changes land in the same frames.
 *
 * No view waits long, though: one that has not drawn for MAX_WAIT_MS past its least interval draws in the next
 * frame with new data for it, budget or rest or not (one such view a frame always; more while the frame's script
 * stays within OVERDUE_SCRIPT_MS). Where every frame with drawing is slow whatever it draws
 * (WebKitGTK under Xvfb: 70–300 ms for one changed text node or for eight views), the budget alone let one view
 * draw a frame, the others took turns, and 13 views each waited ~3 s: at the default lesson's pace the step counter
 * read 0, 0, 0, 31, 31, 31 a second apart.
 *
 * When the data is not streaming (`urgent`: paused, stepped, reset), every stale view draws at once.
 */

/** Work (ms of script and rendering) the views drawn in one frame may take together. */
export const BUDGET_MS = 8;
/** A display frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** A frame with drawing that ran longer than one display frame plus this (ms) counts as an overrun. */
export const SLACK_MS = 4;
/** Rest after an overrun, as a multiple of the overrun: 2 keeps drawing to about a third of the time. */
export const REST_FACTOR = 2;
/** A view that has not drawn for this long (ms) past its least interval draws in the next frame, budget or rest or not. */
export const MAX_WAIT_MS = 400;
/**
 * Script (ms) a frame's overdue views may take together past the budget (one always draws): rendering is not counted
 * for them, since where every changed frame is slow (WebKitGTK under Xvfb) its estimate would hold out all but one.
 */
export const OVERDUE_SCRIPT_MS = 2 * BUDGET_MS;
/** Longest rest (ms), so a view is never starved. */
export const MAX_REST_MS = 120;
/** Empty frames the clock keeps ticking through before it rests (so it can measure frame lengths). */
export const IDLE_FRAMES = 10;

/** One view the clock drives. */
export interface ClockView {
  /** Least ms between two redraws while the data streams (0: whenever the budget allows). */
  every: number;
  /**
   * Redraws the view from the clock's snapshot. `timed`: drawn in a frame's budget, so it must render completely
   * before returning (the clock times it); false when settling, which may run while the page is rendering.
   * False: it had nothing new to show (not counted).
   */
  draw(timed: boolean): boolean | void;
}

/** What the clock needs from the page (requestAnimationFrame and performance.now, or fakes in tests). */
export interface ClockHost<S> {
  onFrame(tick: (now: number) => void): void;
  /** Takes in the data that arrived since the last frame (the page: drains the pool into the store), first thing in every tick. */
  ingest?(): void;
  /** Script time, for the cost of a draw (ms). */
  now(): number;
  /** The data now; the clock keeps it as the snapshot when `same` says it changed. */
  read(): S;
  same(a: S, b: S): boolean;
  /** True while data streams in (training): views share the budget; false: draw everything at once. */
  streaming(): boolean;
  /** Runs `run` once the frame's rendering is done (a task queued behind it); absent, rendering is not counted. */
  afterRender?(run: () => void): void;
}

export interface FrameClock<S> {
  /** Registers a view (stale until it first draws); returns its removal. */
  add(view: ClockView): () => void;
  /** New data: views redraw on coming frames (or at once when not streaming: see `settle`). */
  invalidate(): void;
  /** Takes the data now and redraws every view that has not shown it, at once, without the budget. */
  settle(): void;
  /** The snapshot views draw from: the same object for every view drawn in one frame. */
  snapshot(): S;
}

interface Entry {
  view: ClockView;
  /** Snapshot version it drew last. */
  drawn: number;
  /** Frame time of its last draw. */
  at: number;
  /** Learnt script cost of one draw, ms (moving average). */
  cost: number;
  timed: boolean;
  /** Learnt rendering cost of one draw, ms: its share of the style, layout and paint after its frame's script. */
  render: number;
  rendered: boolean;
  /** Script ms of its draw in the frame being rendered. */
  last: number;
  /** Frame time it last drew, or was first seen stale after joining or settling (Infinity: not yet); its wait counts from here. */
  since: number;
}

/** Weight of a new measurement in a learnt cost (moving average). */
const LEARN = 0.3;

/** A frame clock over a host (see ClockHost). */
export function createFrameClock<S>(host: ClockHost<S>): FrameClock<S> {
  const entries: Entry[] = [];
  let snap = host.read();
  let version = 0;
  let scheduled = false;
  let idle = 0;
  let last = -1;
  let drewLast = false;
  let restUntil = -Infinity;

  const refresh = () => {
    const next = host.read();
    if (!host.same(next, snap)) {
      snap = next;
      version++;
    }
  };

  const drawEntry = (e: Entry, at: number) => {
    const t0 = host.now();
    e.drawn = version;
    e.since = at;
    if (e.view.draw(true) === false) return false;
    // A view with a least interval keeps the time of the beat it drew on (the last multiple of its interval): views
    // of the same interval (text at TEXT_MS) come due together and change the page in the same frames, which pay
    // the page-wide paint and layerize once rather than once per view (bench/README, issue #23).
    e.at = e.view.every > 0 ? at - (at % e.view.every) : at;
    const c = host.now() - t0;
    e.cost = e.timed ? (1 - LEARN) * e.cost + LEARN * c : c;
    e.timed = true;
    e.last = c;
    return true;
  };

  /** Shares the rendering after a frame's script among the views drawn in it, by their script time. */
  const learnRender = (drawn: Entry[]) => {
    if (!host.afterRender || drawn.length === 0) return;
    const end = host.now();
    host.afterRender(() => {
      const r = Math.max(0, host.now() - end);
      const script = drawn.reduce((a, e) => a + e.last, 0);
      for (const e of drawn) {
        const share = script > 0 ? (r * e.last) / script : r / drawn.length;
        e.render = e.rendered ? (1 - LEARN) * e.render + LEARN * share : share;
        e.rendered = true;
      }
    });
  };

  const tick = (now: number) => {
    scheduled = false;
    host.ingest?.();
    if (last >= 0 && drewLast) {
      const over = now - last - FRAME_MS;
      if (over > SLACK_MS) restUntil = now + Math.min(MAX_REST_MS, over * REST_FACTOR);
    }
    refresh();
    const urgent = !host.streaming();
    const drawn: Entry[] = [];
    const stale = entries.filter((e) => e.drawn !== version);
    for (const e of stale) e.since = Math.min(e.since, now);
    stale.sort((a, b) => a.at - b.at);
    const t0 = host.now();
    // Rendering still to come for the views drawn so far this frame.
    let rendering = 0;
    // Resting, or the budget spent: only overdue views draw.
    let full = !urgent && now < restUntil;
    // Overdue views drawn past the budget this frame.
    let overdue = 0;
    for (const e of stale) {
      if (!urgent) {
        if (now - e.at < e.view.every) continue;
        full ||= drawn.length > 0 && host.now() - t0 + rendering + e.cost + e.render > BUDGET_MS;
        if (full) {
          if (now - e.since < e.view.every + MAX_WAIT_MS) continue;
          // Past the budget an overdue view draws without counting rendering, but script still counts: one overdue
          // view a frame always, more while the frame's script stays within OVERDUE_SCRIPT_MS. Under a 4× CPU
          // throttle a busy grid's overdue views, all let through, made tasks of 107–130 ms of CPU.
          if (overdue > 0 && host.now() - t0 + e.cost > OVERDUE_SCRIPT_MS) continue;
        }
      }
      if (drawEntry(e, now)) {
        drawn.push(e);
        rendering += e.render;
        if (full) overdue++;
      }
    }
    learnRender(drawn);
    const drew = drawn.length;
    drewLast = drew > 0;
    const waiting = entries.some((e) => e.drawn !== version);
    idle = waiting ? 0 : idle + 1;
    if (idle < IDLE_FRAMES) {
      last = now;
      schedule();
    } else {
      last = -1;
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.onFrame(tick);
  };

  return {
    add(view) {
      // Until it is timed, a view counts as a whole budget: new views join one a frame, not all at once.
      const e: Entry = { view, drawn: -1, at: -Infinity, cost: BUDGET_MS, timed: false, render: 0, rendered: false, last: 0, since: Infinity };
      entries.push(e);
      return () => {
        const i = entries.indexOf(e);
        if (i >= 0) entries.splice(i, 1);
      };
    },
    invalidate() {
      idle = 0;
      schedule();
    },
    settle() {
      refresh();
      for (const e of entries) {
        if (e.drawn === version) continue;
        e.drawn = version;
        e.since = Infinity;
        e.view.draw(false);
      }
    },
    snapshot: () => snap,
  };
}
