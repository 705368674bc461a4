import { DigitsLoadError, digitsData, loadDigits } from '../engine/digits.ts';
import { assertNever, type ErrorMessage, type FromWorker, type KernelStatus, type ToWorker } from '../protocol.ts';
import { KERNELS_NOT_LOADED } from './kernels.ts';
import { applyLive, buildRuns, configuredMessage, createRunSet, keepsRuns, type Setup } from './runSet.ts';
import { allDiverged, trainLockStep } from './training.ts';
import { createPace, raceSlice } from './pace.ts';
import { createStops } from './stops.ts';
import { createProgressPoster, POST_INTERVAL_MS } from './progress.ts';
import { createBoundaryPoster } from './boundary.ts';
import { DIGITS_URL } from './digitsUrl.ts';
import { createImageWatch, evaluateImage } from './images.ts';

/** What the handler needs from its host (a worker's `self`, or a test). */
export interface HandlerDeps {
  post(msg: FromWorker, transfer?: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs fn after about delayMs (0: as soon as pending messages are handled). */
  schedule(fn: () => void, delayMs: number): void;
  /** What loading the SIMD kernels gave (default: JS only). */
  kernels?: KernelStatus;
  /** Loads the digits (default: the engine's loadDigits from DIGITS_URL); called when a configure needs them first. */
  loadDigits?: () => Promise<unknown>;
}

/** The error message for a digits file that could not be used (typed, so the page can show a notice). */
export function digitsErrorMessage(e: unknown): ErrorMessage {
  const message = e instanceof Error ? e.message : String(e);
  // Anything but the engine's own checks failed on the way to the bytes: a fetch problem.
  return { type: 'error', message, data: { dataset: 'digits', problem: e instanceof DigitsLoadError ? e.problem : 'fetch' } };
}

/**
 * The training loop of the worker, free of worker globals: trains its runs of the comparison in
 * lock-step (held at a pool's limit) or in a race (equal CPU time each), paces itself, and posts
 * progress, boundaries and errors. A configure that needs the digits before they are loaded waits for
 * them, and so does every message after it; a file that cannot be used is posted as a typed error and
 * that configure is dropped (the runs stay as they were).
 */
export function createHandler(deps: HandlerDeps): (msg: ToWorker) => void {
  const kernels = deps.kernels ?? KERNELS_NOT_LOADED;
  const now = () => deps.now();
  const set = createRunSet();
  const stops = createStops();
  const pace = createPace(now);
  const progress = createProgressPoster((msg) => deps.post(msg));
  const boundary = createBoundaryPoster((msg, transfer) => deps.post(msg, transfer), now);
  const images = createImageWatch(now);
  const fetchDigits = deps.loadDigits ?? (() => loadDigits(DIGITS_URL));
  /** Messages that arrived while the digits load, handled in order once they have (null: not loading). */
  let waiting: ToWorker[] | null = null;
  /** True while training goes on by itself (between Play and Pause, a stop, or an error). */
  let playing = false;
  /** True while a tick is scheduled (never two at once). */
  let tickPending = false;

  function fail(e: unknown): void {
    playing = false;
    deps.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }

  function rebuild(): void {
    buildRuns(set, kernels.available);
    stops.release();
    progress.restart();
    deps.post(configuredMessage(set, false, kernels));
  }

  function configure(next: Setup): void {
    const kept = keepsRuns(set.setup, next);
    set.setup = next;
    if (kept) {
      applyLive(set);
      deps.post(configuredMessage(set, true, kernels));
    } else rebuild();
    flush(true);
  }

  /** True when playing must stop now: every run diverged, or the step to pause at is reached. */
  function mustStop(): boolean {
    return allDiverged(set) || stops.reached(set.step);
  }

  /** Posts progress and a boundary grid when due (force: now). */
  function flush(force: boolean): void {
    const t = now();
    if (force || progress.due(t, stops.held)) {
      images.update(set, force);
      progress.post(t, set, playing);
    }
    if (force || boundary.due(t)) boundary.post(now(), set);
  }

  function ensureTick(delay: number): void {
    if (tickPending) return;
    tickPending = true;
    deps.schedule(tick, delay);
  }

  /** One slice of training while playing, its news posted, and the next slice scheduled. */
  function tick(): void {
    tickPending = false;
    if (!playing) return;
    try {
      const t0 = now();
      if (set.setup.mode === 'race') raceSlice(set, now);
      else pace.slice(t0, () => !stops.atLimit(set.step) && !mustStop(), () => trainLockStep(set, now));
      const justHeld = stops.hold(set.step, set.setup.mode);
      if (mustStop()) playing = false;
      // Reaching the limit is news the pool waits for; being held is not.
      flush(!playing || justHeld);
      if (!playing) return;
      const wait = stops.held ? POST_INTERVAL_MS : set.setup.mode === 'race' ? 0 : pace.wait(t0);
      ensureTick(Math.min(wait, POST_INTERVAL_MS));
    } catch (e) {
      fail(e);
    }
  }

  /** Loads the digits, then handles what waited; on failure posts the typed error and drops the configure that needed them. */
  function awaitDigits(first: ToWorker): void {
    waiting = [first];
    const resume = (ok: boolean) => {
      const queued = waiting ?? [];
      waiting = null;
      for (const m of ok ? queued : queued.slice(1)) receive(m);
    };
    fetchDigits().then(() => resume(true), (e: unknown) => {
      deps.post(digitsErrorMessage(e));
      resume(false);
    });
  }

  function receive(msg: ToWorker): void {
    if (waiting) {
      waiting.push(msg);
      return;
    }
    if (msg.type === 'configure' && !digitsData() && msg.specs.some((s) => s.config.dataset === 'digits')) {
      awaitDigits(msg);
      return;
    }
    handle(msg);
  }

  function handle(msg: ToWorker): void {
    try {
      switch (msg.type) {
        case 'configure':
          configure({ specs: msg.specs, runIds: msg.runIds, mode: msg.mode ?? 'lockstep', data: msg.data ?? null });
          break;
        case 'play':
          stops.pauseAt(msg.until ?? null);
          if (set.trained.length === 0) break;
          if (mustStop()) {
            // Already there (the page's step counter lagged): say so, so the page does not wait on a Play that cannot train.
            playing = false;
            flush(true);
            break;
          }
          playing = true;
          pace.restart();
          flush(true);
          ensureTick(0);
          break;
        case 'pause':
          playing = false;
          flush(true);
          break;
        case 'step': {
          playing = false;
          const count = Math.max(1, Math.min(10000, Math.floor(msg.count ?? 1)));
          for (let i = 0; i < count && !allDiverged(set); i++) trainLockStep(set, now);
          flush(true);
          break;
        }
        case 'reset':
          playing = false;
          rebuild();
          flush(true);
          break;
        case 'limit':
          if (stops.setLimit(msg.step, set.step)) ensureTick(0);
          break;
        case 'setSpeed':
          pace.setSpeed(msg.stepsPerSecond);
          break;
        case 'watchImages':
          images.set(msg.on, set);
          if (msg.on) flush(true);
          break;
        case 'evaluateImage':
          deps.post(evaluateImage(msg, set));
          break;
        default:
          assertNever(msg);
      }
    } catch (e) {
      fail(e);
    }
  }

  return receive;
}
