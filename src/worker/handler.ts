import { assertNever, type FromWorker, type KernelStatus, type RunUpdate, type ToWorker } from '../protocol.ts';
import { copyStats, updateRate } from './run.ts';
import { KERNELS_NOT_LOADED } from './kernels.ts';
import { applyLive, buildRuns, configuredMessage, createRunSet, keepsRuns, type Setup } from './runSet.ts';
import { allDiverged, trainLockStep } from './training.ts';
import { createPace, raceSlice } from './pace.ts';
import { createStops } from './stops.ts';

/** What the handler needs from its host (a worker's `self`, or a test). */
export interface HandlerDeps {
  post(msg: FromWorker, transfer?: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs fn after about delayMs (0: as soon as pending messages are handled). */
  schedule(fn: () => void, delayMs: number): void;
  /** What loading the SIMD kernels gave (default: JS only). */
  kernels?: KernelStatus;
}

/** While held at a pool's lock-step limit, progress goes out this often (a heartbeat for the watchdog). */
const HELD_POST_INTERVAL_MS = 1000;

/** Least time between two progress messages (≈30 a second). */
const POST_INTERVAL_MS = 33;
/** Least time between two decision-boundary grids. */
const BOUNDARY_INTERVAL_MS = 250;

/**
 * The training loop of the worker, free of worker globals: trains its runs of the comparison in
 * lock-step (held at a pool's limit) or in a race (equal CPU time each), paces itself, and posts
 * progress, boundaries and errors.
 */
export function createHandler(deps: HandlerDeps): (msg: ToWorker) => void {
  const kernels = deps.kernels ?? KERNELS_NOT_LOADED;
  const now = () => deps.now();
  const set = createRunSet();
  const stops = createStops();
  const pace = createPace(now);
  let playing = false;
  let tickPending = false;
  let lastPost = -Infinity;
  let lastBoundary = -Infinity;
  let boundaryCost = 0;
  const rate: { t: number; step: number }[] = [];

  function fail(e: unknown): void {
    playing = false;
    deps.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }

  function build(): void {
    buildRuns(set, kernels.available);
    stops.release();
    rate.length = 0;
    deps.post(configuredMessage(set, false, kernels));
  }

  /** True when playing must stop now: every run diverged, or the step to pause at is reached. */
  function mustStop(): boolean {
    return allDiverged(set) || stops.reached(set.step);
  }

  function postProgress(now: number): void {
    rate.push({ t: now, step: set.step });
    while (rate.length > 2 && now - rate[0].t > 1000) rate.shift();
    const first = rate[0];
    const dt = (now - first.t) / 1000;
    const sps = playing && dt > 0 ? (set.step - first.step) / dt : 0;
    let batch = 0;
    for (const r of set.trained) if (!r.divergence) batch += Math.min(r.trainer.spec.batchSize, r.train.n);
    const out: RunUpdate[] = set.trained.map((r) => {
      updateRate(r);
      const p: RunUpdate = {
        id: r.spec.id,
        status: r.divergence ? 'diverged' : 'training',
        step: r.step,
        seconds: r.seconds,
        stepsPerSecond: r.stepsPerSecond,
        batchLoss: r.lastLoss,
        layers: copyStats(r.trainer.layerStats()),
        points: r.pending,
        masks: r.trainer.dropoutMasks().map((m) => m.slice()),
      };
      if (r.divergence) p.divergence = r.divergence;
      r.pending = [];
      return p;
    });
    lastPost = now;
    deps.post({
      type: 'progress',
      step: set.step,
      epoch: set.trained.length > 0 ? set.trained[0].trainer.epoch : 0,
      playing,
      stepsPerSecond: sps,
      examplesPerSecond: sps * batch,
      updates: out,
    });
  }

  function postBoundary(now: number): void {
    const t0 = deps.now();
    const res = set.grid.resolution;
    const msgRuns = set.trained.map((r) => {
      const outputs = r.trainer.network.spec.outputs;
      const probs = new Float32Array(res * res * outputs);
      r.trainer.boundary(set.grid, probs);
      return { id: r.spec.id, outputs, probs };
    });
    boundaryCost = deps.now() - t0;
    lastBoundary = now;
    deps.post(
      { type: 'boundary', step: set.step, grid: set.grid, predictions: msgRuns },
      msgRuns.map((m) => m.probs.buffer as ArrayBuffer),
    );
  }

  function flush(force: boolean): void {
    const now = deps.now();
    if (force || now - lastPost >= (stops.held ? HELD_POST_INTERVAL_MS : POST_INTERVAL_MS)) postProgress(now);
    const every = Math.max(BOUNDARY_INTERVAL_MS, boundaryCost * 10);
    if (force || now - lastBoundary >= every) postBoundary(deps.now());
  }

  function ensureTick(delay: number): void {
    if (tickPending) return;
    tickPending = true;
    deps.schedule(tick, delay);
  }

  function tick(): void {
    tickPending = false;
    if (!playing) return;
    try {
      const t0 = deps.now();
      if (set.setup.mode === 'race') raceSlice(set, now);
      else pace.slice(t0, () => !stops.atLimit(set.step) && !mustStop(), () => trainLockStep(set, now));
      const nowHeld = stops.hold(set.step, set.setup.mode);
      if (mustStop()) playing = false;
      // Reaching the limit is news the pool waits for; being held is not.
      flush(!playing || nowHeld);
      if (!playing) return;
      const wait = stops.held ? POST_INTERVAL_MS : set.setup.mode === 'race' ? 0 : pace.wait(t0);
      ensureTick(Math.min(wait, POST_INTERVAL_MS));
    } catch (e) {
      fail(e);
    }
  }

  function configure(next: Setup): void {
    const kept = keepsRuns(set.setup, next);
    set.setup = next;
    if (kept) {
      applyLive(set);
      deps.post(configuredMessage(set, true, kernels));
    } else build();
    flush(true);
  }

  return (msg: ToWorker): void => {
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
          build();
          flush(true);
          break;
        case 'limit':
          if (stops.setLimit(msg.step, set.step)) ensureTick(0);
          break;
        case 'setSpeed':
          pace.setSpeed(msg.stepsPerSecond);
          break;
        default:
          assertNever(msg);
      }
    } catch (e) {
      fail(e);
    }
  };
}
