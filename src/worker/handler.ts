import { assertNever, type FromWorker, type KernelStatus, type RunUpdate, type ToWorker } from '../protocol.ts';
import { isRecordedStep } from '../history.ts';
import { copyStats, recordPoint, updateRate, type Run } from './run.ts';
import { KERNELS_NOT_LOADED } from './kernels.ts';
import { applyLive, buildRuns, configuredMessage, createRunSet, keepsRuns, type Setup } from './runSet.ts';

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

/** Longest stretch of training between two looks at the message queue, in ms. */
const SLICE_MS = 14;
/** Most steps in one slice, whatever the clock says. */
const MAX_STEPS_PER_SLICE = 2000;
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
  const set = createRunSet();
  let limit: number | null = null;
  let held = false;
  let playing = false;
  /** Step at which playing stops by itself (null: none). */
  let until: number | null = null;
  let stepsPerSecond: number | null = null;
  let paceStart = 0;
  let paceSteps = 0;
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
    held = false;
    rate.length = 0;
    deps.post(configuredMessage(set, false, kernels));
  }

  /** One training step of one run, timed (evaluation excluded); records a point on recorded steps. */
  function trainRun(r: Run): void {
    const t0 = deps.now();
    const loss = r.trainer.step();
    r.seconds += (deps.now() - t0) / 1000;
    r.step++;
    r.lastLoss = loss;
    const lr = r.spec.config.learningRate;
    if (!Number.isFinite(loss)) {
      r.divergence = { step: r.step, reason: 'lossNonFinite', learningRate: lr };
    } else if (isRecordedStep(r.step)) {
      if (r.trainer.hasNonFinite()) r.divergence = { step: r.step, reason: 'weightsNonFinite', learningRate: lr };
      else recordPoint(r, r.step);
    }
  }

  /** One lock-step step of every run still training. */
  function trainOne(): void {
    set.step++;
    for (const r of set.trained) {
      if (r.divergence) r.step = set.step;
      else trainRun(r);
    }
  }

  /** True when a pool's limit holds lock-step training back. */
  function atLimit(): boolean {
    return limit !== null && set.step >= limit;
  }

  /** A race slice: each run still training gets an equal share of the slice's time. */
  function raceSlice(): void {
    const active = set.trained.filter((r) => !r.divergence);
    const share = SLICE_MS / Math.max(1, active.length);
    for (const r of active) {
      const t0 = deps.now();
      let n = 0;
      do trainRun(r);
      while (++n < MAX_STEPS_PER_SLICE && !r.divergence && deps.now() - t0 < share);
    }
    set.step = Math.max(set.step, ...set.trained.map((r) => r.step));
  }

  function allDiverged(): boolean {
    return set.trained.length > 0 && set.trained.every((r) => r.divergence);
  }

  /** True when playing must stop now: every run diverged, or the step to pause at is reached. */
  function mustStop(): boolean {
    return allDiverged() || (until !== null && set.step >= until);
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
    if (force || now - lastPost >= (held ? HELD_POST_INTERVAL_MS : POST_INTERVAL_MS)) postProgress(now);
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
      const wasHeld = held;
      if (set.setup.mode === 'race') {
        raceSlice();
      } else if (stepsPerSecond === null) {
        let n = 0;
        while (n++ < MAX_STEPS_PER_SLICE && !atLimit() && !mustStop()) {
          trainOne();
          if (deps.now() - t0 >= SLICE_MS) break;
        }
      } else {
        const due = Math.floor(((t0 - paceStart) * stepsPerSecond) / 1000) - paceSteps;
        for (let i = 0; i < due && deps.now() - t0 < SLICE_MS && !mustStop() && !atLimit(); i++) {
          trainOne();
          paceSteps++;
        }
      }
      held = set.setup.mode === 'lockstep' && atLimit();
      if (mustStop()) playing = false;
      // Reaching the limit is news the pool waits for; being held is not.
      flush(!playing || (held && !wasHeld));
      if (!playing) return;
      const wait = held ? POST_INTERVAL_MS
        : stepsPerSecond === null || set.setup.mode === 'race' ? 0 : Math.max(0, 1000 / stepsPerSecond - (deps.now() - t0));
      ensureTick(Math.min(wait, POST_INTERVAL_MS));
    } catch (e) {
      fail(e);
    }
  }

  function restartPacing(): void {
    paceStart = deps.now();
    paceSteps = 0;
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
          until = msg.until ?? null;
          if (set.trained.length === 0) break;
          if (mustStop()) {
            // Already there (the page's step counter lagged): say so, so the page does not wait on a Play that cannot train.
            playing = false;
            flush(true);
            break;
          }
          playing = true;
          restartPacing();
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
          for (let i = 0; i < count && !allDiverged(); i++) trainOne();
          flush(true);
          break;
        }
        case 'reset':
          playing = false;
          build();
          flush(true);
          break;
        case 'limit':
          limit = msg.step;
          if (held && !atLimit()) {
            held = false;
            ensureTick(0);
          }
          break;
        case 'setSpeed':
          stepsPerSecond =
            msg.stepsPerSecond === null || !(msg.stepsPerSecond > 0) ? null : msg.stepsPerSecond;
          restartPacing();
          break;
        default:
          assertNever(msg);
      }
    } catch (e) {
      fail(e);
    }
  };
}
