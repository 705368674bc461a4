/**
 * The page side of the stream, on one clock. The pool's workers post to the pool, which only collects and
 * wakes the clock. Each animation frame the clock drains the pool, merges once (`ingest`), sets the store once,
 * and hands every view the same snapshot of the store's drawing data. `requestAnimationFrame` is called here
 * and nowhere else in src/.
 */
import type { ConfigureMessage } from '../protocol.ts';
import { browserHost } from '../pool/browserHost.ts';
import { createPool, type Pool, type PoolCommand, type PoolHost } from '../pool/pool.ts';
import { createFrameClock, type FrameClock } from './frameClock.ts';
import { ingest } from './ingest.ts';
import { useLab, type LabState } from './store.ts';

/**
 * The parts of the store the views draw from, the counters included: while training, every change of the page's
 * text or pixels goes through the clock, so the frames it rests are really idle. A change elsewhere (speed,
 * notices, Play) leaves the views be.
 */
const VIEW_KEYS = [
  'runs', 'history', 'derived', 'live', 'boundary', 'grid', 'config', 'comparison', 'present', 'step', 'epoch',
  'stepsPerSecond', 'examplesPerSecond', 'gradExtent', 'horizonReached', 'raceSeconds', 'lessonId', 'mode', 'spread', 'seedsInUse', 'images',
  'imageProbs',
] as const;

/** What a view draws from: one consistent snapshot of the store's drawing data. */
export type ViewState = Pick<LabState, (typeof VIEW_KEYS)[number]>;

const pick = (s: LabState): ViewState => Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as ViewState;

/** The store's drawing data now (a view's first state, before the clock hands it a snapshot). */
export const viewStateNow = (): ViewState => pick(useLab.getState());

/** Whether two states hold the same drawing data (every view key the same object). */
export const sameView = (a: ViewState, b: ViewState): boolean => VIEW_KEYS.every((k) => a[k] === b[k]);

let pool: Pool | null = null;
let clock: FrameClock<ViewState> | null = null;

/** Drains the pool into the store: one merge and one store update per tick, and the pause a race's horizon asks for. */
function drainIntoStore(): void {
  const news = pool?.drain();
  if (!news) return;
  const { patch, pause } = ingest(useLab.getState(), news);
  useLab.setState(patch);
  if (pause) pool?.send({ type: 'pause' });
}

/**
 * Runs callbacks in a task queued from an animation frame, i.e. once that frame's style, layout and paint are done
 * (a MessageChannel message: unlike setTimeout it is not clamped or delayed). Undefined where there is none.
 */
function afterRender(): ((run: () => void) => void) | undefined {
  if (typeof MessageChannel !== 'function') return undefined;
  const channel = new MessageChannel();
  let queued: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const run = queued;
    queued = [];
    for (const f of run) f();
  };
  return (run) => {
    queued.push(run);
    if (queued.length === 1) channel.port2.postMessage(null);
  };
}

/** The next animation frame, or a tenth of a second while the page is hidden (no frames come; the pool must still drain). */
function onFrame(tick: (now: number) => void): void {
  if (typeof requestAnimationFrame === 'function' && (typeof document === 'undefined' || document.visibilityState === 'visible')) {
    requestAnimationFrame(tick);
  } else {
    setTimeout(() => tick(performance.now()), 100);
  }
}

/** Runs `run` on the next animation frame (for a view that must measure after layout). */
export function nextFrame(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(run, 16);
    return () => clearTimeout(id);
  }
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
}

/** The page's one clock, made on first use (see frameClock.ts): it ingests the pool's news, then draws the views. */
export function pageClock(): FrameClock<ViewState> {
  if (clock) return clock;
  const c = createFrameClock<ViewState>({
    onFrame,
    ingest: drainIntoStore,
    now: () => performance.now(),
    read: () => pick(useLab.getState()),
    same: sameView,
    streaming: () => useLab.getState().playing,
    afterRender: afterRender(),
  });
  useLab.subscribe((s, prev) => {
    if (sameView(pick(s), pick(prev))) return;
    // Training, or the moment it stops: frames decide, so a Pause is answered before the views redraw.
    if (s.playing || prev.playing) c.invalidate();
    // Stepped, reset or reconfigured while paused: the person is waiting for the views, so no queue.
    else c.settle();
  });
  clock = c;
  return c;
}

/** The host pools are started on: the page's, or the one a test gave last. */
let hostFor: (wake: () => void) => PoolHost = browserHost;

/**
 * Starts (or restarts) the pool of training workers; `workers` forces its size (a URL's ?workers=). Tests pass a
 * fake host, which a restart then keeps.
 */
export function startPool(workers: number | null, host: (wake: () => void) => PoolHost = hostFor): void {
  stopPool();
  hostFor = host;
  pool = createPool(host(() => pageClock().invalidate()), workers);
}

/** Ends every worker; nothing more arrives until startPool. */
export function stopPool(): void {
  pool?.dispose();
  pool = null;
}

/** Sends a comparison to the pool (ignored when none runs). */
export function configurePool(msg: ConfigureMessage): void {
  pool?.configure(msg);
}

/** Sends a command to the pool (ignored when none runs). */
export function sendPool(msg: PoolCommand): void {
  pool?.send(msg);
}

/** Takes in the pool's news now, outside a frame (tests; a frame does this by itself). */
export function drainNow(): void {
  drainIntoStore();
}

/** Ends one worker like a crash (a fault drill: window.backpropLab.killWorker()). */
export function killWorker(): void {
  pool?.kill();
}
