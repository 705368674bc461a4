import type { GridSpec } from '../engine/types.ts';
import {
  assertNever,
  type FromWorker,
  type RunProgress,
  type RunSpec,
  type ToWorker,
} from '../protocol.ts';
import { isRecordedStep } from './history.ts';
import { copyStats, createRun, recordPoint, runInfo, type Run } from './run.ts';
import { differsOnlyLive } from './specs.ts';

/** What the handler needs from its host (a worker's `self`, or a test). */
export interface HandlerDeps {
  post(msg: FromWorker, transfer?: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs fn after about delayMs (0: as soon as pending messages are handled). */
  schedule(fn: () => void, delayMs: number): void;
}

/** Longest stretch of training between two looks at the message queue, in ms. */
const SLICE_MS = 14;
/** Most steps in one slice, whatever the clock says. */
const MAX_STEPS_PER_SLICE = 2000;
/** Least time between two progress messages (≈30 a second). */
const POST_INTERVAL_MS = 33;
/** Least time between two decision-boundary grids. */
const BOUNDARY_INTERVAL_MS = 250;
export const BOUNDARY_RESOLUTION = 48;

/** Square grid over the data, shared by every run so boundaries compare cell by cell. */
function gridFor(runs: Run[]): GridSpec {
  let m = 1;
  for (const r of runs) {
    for (const d of [r.train, r.val]) {
      for (let i = 0; i < d.n * d.inputs; i++) m = Math.max(m, Math.abs(d.x[i]));
    }
  }
  const e = Math.ceil(m * 1.1 * 10) / 10;
  return { resolution: BOUNDARY_RESOLUTION, xMin: -e, xMax: e, yMin: -e, yMax: e };
}

/**
 * The training loop of the worker, free of worker globals: trains every run of the comparison
 * in lock-step, paces itself, and posts progress, boundaries and errors.
 */
export function createHandler(deps: HandlerDeps): (msg: ToWorker) => void {
  let specs: RunSpec[] = [];
  let runs: Run[] = [];
  let grid: GridSpec = { resolution: BOUNDARY_RESOLUTION, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  let step = 0;
  let playing = false;
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
    runs = specs.map(createRun);
    step = 0;
    for (const r of runs) recordPoint(r, 0);
    grid = gridFor(runs);
    rate.length = 0;
    deps.post({ type: 'configured', runs: runs.map(runInfo), grid, kept: false });
  }

  function trainOne(): void {
    step++;
    const record = isRecordedStep(step);
    for (const r of runs) {
      if (r.divergence) continue;
      const loss = r.trainer.step();
      r.lastLoss = loss;
      const lr = r.spec.config.learningRate;
      if (!Number.isFinite(loss)) {
        r.divergence = { step, reason: 'lossNonFinite', learningRate: lr };
      } else if (record) {
        if (r.trainer.hasNonFinite()) r.divergence = { step, reason: 'weightsNonFinite', learningRate: lr };
        else recordPoint(r, step);
      }
    }
  }

  function allDiverged(): boolean {
    return runs.length > 0 && runs.every((r) => r.divergence);
  }

  function postProgress(now: number): void {
    rate.push({ t: now, step });
    while (rate.length > 2 && now - rate[0].t > 1000) rate.shift();
    const first = rate[0];
    const dt = (now - first.t) / 1000;
    const sps = playing && dt > 0 ? (step - first.step) / dt : 0;
    let batch = 0;
    for (const r of runs) if (!r.divergence) batch += Math.min(r.trainer.spec.batchSize, r.train.n);
    const out: RunProgress[] = runs.map((r) => {
      const p: RunProgress = {
        id: r.spec.id,
        status: r.divergence ? 'diverged' : 'training',
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
      step,
      epoch: runs.length > 0 ? runs[0].trainer.epoch : 0,
      playing,
      stepsPerSecond: sps,
      examplesPerSecond: sps * batch,
      runs: out,
    });
  }

  function postBoundary(now: number): void {
    const t0 = deps.now();
    const res = grid.resolution;
    const msgRuns = runs.map((r) => {
      const outputs = r.trainer.network.spec.outputs;
      const probs = new Float32Array(res * res * outputs);
      r.trainer.boundary(grid, probs);
      return { id: r.spec.id, outputs, probs };
    });
    boundaryCost = deps.now() - t0;
    lastBoundary = now;
    deps.post(
      { type: 'boundary', step, grid, runs: msgRuns },
      msgRuns.map((m) => m.probs.buffer as ArrayBuffer),
    );
  }

  function flush(force: boolean): void {
    const now = deps.now();
    if (force || now - lastPost >= POST_INTERVAL_MS) postProgress(now);
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
      if (stepsPerSecond === null) {
        let n = 0;
        do trainOne();
        while (++n < MAX_STEPS_PER_SLICE && deps.now() - t0 < SLICE_MS && !allDiverged());
      } else {
        const due = Math.floor(((t0 - paceStart) * stepsPerSecond) / 1000) - paceSteps;
        for (let i = 0; i < due && deps.now() - t0 < SLICE_MS && !allDiverged(); i++) {
          trainOne();
          paceSteps++;
        }
      }
      if (allDiverged()) playing = false;
      flush(!playing);
      if (!playing) return;
      const wait = stepsPerSecond === null ? 0 : Math.max(0, 1000 / stepsPerSecond - (deps.now() - t0));
      ensureTick(Math.min(wait, POST_INTERVAL_MS));
    } catch (e) {
      fail(e);
    }
  }

  function restartPacing(): void {
    paceStart = deps.now();
    paceSteps = 0;
  }

  function configure(next: RunSpec[]): void {
    const sameShape =
      runs.length === next.length &&
      next.every((s, i) => s.id === specs[i].id && differsOnlyLive(specs[i].config, s.config));
    specs = next;
    if (!sameShape) {
      build();
      flush(true);
      return;
    }
    for (let i = 0; i < runs.length; i++) {
      const c = next[i].config;
      runs[i].spec = next[i];
      runs[i].trainer.setHyper({
        learningRate: c.learningRate,
        l2: c.l2,
        dropout: { input: c.dropoutInput, hidden: c.dropoutHidden },
      });
    }
    deps.post({ type: 'configured', runs: runs.map(runInfo), grid, kept: true });
    flush(true);
  }

  return (msg: ToWorker): void => {
    try {
      switch (msg.type) {
        case 'configure':
          configure(msg.runs);
          break;
        case 'play':
          if (runs.length === 0 || allDiverged()) break;
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
