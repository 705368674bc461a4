import {
  assertNever,
  type BoundaryMessage,
  type ConfiguredMessage,
  type ConfigureMessage,
  type FromWorker,
  type ProgressMessage,
  type RunUpdate,
  type SetSpeedMessage,
  type ToWorker,
  type TrainMode,
  type WorkerFault,
} from '../protocol.ts';
import {
  assignRuns,
  lockstepLimit,
  mergeBoundaries,
  mergeConfigured,
  mergePoolProgress,
  poolSize,
} from './pool.ts';

/** What the UI hears from the pool, as if from one worker; progress at most once per animation frame. */
export interface WorkerListener {
  /** `workers`: how many workers train the comparison. */
  configured(msg: ConfiguredMessage, workers: number): void;
  progress(msg: ProgressMessage): void;
  boundary(msg: BoundaryMessage): void;
  error(fault: WorkerFault): void;
}

/** One worker of the pool and what it said last. */
interface Slot {
  worker: Worker;
  own: string[];
  lastHeard: number;
  configured: ConfiguredMessage | null;
  /** `configured` replies still due: one per configure and per reset sent (a configure then a reset gets two). */
  awaiting: number;
  progress: ProgressMessage | null;
  boundary: BoundaryMessage | null;
  /** A grid came since the last merged boundary went out. */
  boundaryFresh: boolean;
}

/** A training worker that says nothing for this long while it should be training is taken for dead. */
export const SILENCE_LIMIT_MS = 4000;

let listener: WorkerListener | null = null;
let forcedSize: number | null = null;
let slots: Slot[] = [];
/** Run ids of the comparison, in order, and how it trains. */
let order: string[] = [];
let mode: TrainMode = 'lockstep';
let lastSpeed: SetSpeedMessage | null = null;
/** Latest live numbers and points not yet delivered, per run. */
const latestRuns = new Map<string, RunUpdate>();
let progressDirty = false;
let boundaryDirty = false;
/** A merged boundary of the current comparison went out (later ones wait for a fresh grid from every worker). */
let boundaryMerged = false;
let frameRequested = false;
let expectingProgress = false;
/** The step the last Play stops at by itself (null: it trains until paused). */
let playUntil: number | null = null;
/** Lock-step bound last sent, and whether a pause waits for every worker to reach the same step. */
let limitSent = 0;
let evening = false;
let watchdog: ReturnType<typeof setInterval> | undefined;

/** Merges a newer progress message into an older one within one frame: points accumulate (the store bounds them, once), the rest is the newest. */
export function mergeProgress(older: ProgressMessage, newer: ProgressMessage): ProgressMessage {
  const runs: RunUpdate[] = newer.updates.map((r) => {
    const old = older.updates.find((o) => o.id === r.id);
    if (!old) return r;
    return { ...r, points: old.points.concat(r.points) };
  });
  return { ...newer, updates: runs };
}

// Until every worker has answered every configure and reset, its progress belongs to a setup about to be replaced.
const configuring = () => slots.some((s) => s.configured === null || s.awaiting > 0);

function flush(): void {
  frameRequested = false;
  if (!listener || configuring()) return;
  if (progressDirty) {
    const latest = slots.map((s) => s.progress).filter((p): p is ProgressMessage => p !== null);
    if (latest.length === slots.length) {
      progressDirty = false;
      const msg = mergePoolProgress(latest, latestRuns, order, mode);
      for (const [id, r] of latestRuns) latestRuns.set(id, { ...r, points: [] });
      listener.progress(msg);
    }
  }
  if (boundaryDirty) {
    const parts = slots.map((s) => s.boundary).filter((b): b is BoundaryMessage => b !== null);
    // While training, once every worker has sent a grid since the last merge: one merged boundary per round
    // of the pool, not one per worker's message. Paused, at once (the last grids are the ones to show).
    const training = slots.some((s) => s.progress?.playing);
    if (parts.length === slots.length && (!boundaryMerged || !training || slots.every((s) => s.boundaryFresh))) {
      boundaryDirty = false;
      boundaryMerged = true;
      for (const s of slots) s.boundaryFresh = false;
      listener.boundary(mergeBoundaries(parts, order));
    }
  }
}

function requestFlush(): void {
  if (frameRequested) return;
  frameRequested = true;
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
    requestAnimationFrame(flush);
  } else {
    setTimeout(flush, 100);
  }
}

/** Lock-step across workers: raise the common bound as the slowest worker advances. */
function raiseLimit(force = false): void {
  if (slots.length < 2 || mode !== 'lockstep') return;
  const latest = slots.map((s) => s.progress);
  if (latest.some((p) => p === null)) return;
  const steps = latest.map((p) => p!.step);
  const limit = lockstepLimit(steps, latest.map((p) => p!.stepsPerSecond));
  // Raised in strides of half the lead, not on every message: each raise is a post to every worker, and
  // at ~60 progress messages a second those posts cost the page more than all its charts (bench/README.md).
  if (force || limit >= limitSent + Math.max(1, (limit - Math.min(...steps)) / 2)) {
    limitSent = limit;
    for (const s of slots) s.worker.postMessage({ type: 'limit', step: limit } satisfies ToWorker);
  }
}

/** After a pause, brings every worker to the furthest one's step, so the runs stop side by side. */
function evenUp(): void {
  if (!evening || slots.some((s) => !s.progress || s.progress.playing)) return;
  evening = false;
  const top = Math.max(...slots.map((s) => s.progress!.step));
  for (const s of slots) {
    const behind = top - s.progress!.step;
    if (behind > 0) s.worker.postMessage({ type: 'step', count: behind } satisfies ToWorker);
  }
}

function onMessage(slot: Slot, msg: FromWorker): void {
  if (!listener || !slots.includes(slot)) return;
  slot.lastHeard = Date.now();
  switch (msg.type) {
    case 'configured':
      slot.configured = msg;
      slot.awaiting = Math.max(0, slot.awaiting - 1);
      slot.progress = null;
      slot.boundary = null;
      slot.boundaryFresh = false;
      boundaryMerged = false;
      if (!msg.kept) for (const id of slot.own) latestRuns.delete(id);
      if (!configuring()) {
        listener.configured(mergeConfigured(slots.map((s) => s.configured!), order), slots.length);
        requestFlush();
      }
      break;
    case 'progress':
      slot.progress = msg;
      if (msg.playing) expectingProgress = true;
      // Every worker stopped by itself at the step Play asked for (a lesson's horizon): it is paused, not
      // silent, so the watchdog stands down. (An older progress from before Play has a smaller step.)
      else if (playUntil !== null && slots.every((s) => s.progress && !s.progress.playing && s.progress.step >= playUntil!)) expectingProgress = false;
      for (const r of msg.updates) {
        const old = latestRuns.get(r.id);
        latestRuns.set(r.id, old ? { ...r, points: old.points.concat(r.points) } : r);
      }
      progressDirty = true;
      raiseLimit();
      evenUp();
      requestFlush();
      break;
    case 'boundary':
      slot.boundary = msg;
      slot.boundaryFresh = true;
      boundaryDirty = true;
      requestFlush();
      break;
    case 'error':
      listener.error({ kind: 'failed', detail: msg.message });
      break;
    default:
      assertNever(msg);
  }
}

function spawn(l: WorkerListener): Slot {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'backprop-lab-trainer' });
  const slot: Slot = { worker: w, own: [], lastHeard: Date.now(), configured: null, awaiting: 0, progress: null, boundary: null, boundaryFresh: false };
  w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(slot, e.data);
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    if (slots.includes(slot)) l.error({ kind: 'crashed', detail: e.message ?? '' });
  };
  w.onmessageerror = () => l.error({ kind: 'unreadable', detail: '' });
  if (lastSpeed) w.postMessage(lastSpeed);
  return slot;
}

function endSlots(): void {
  for (const s of slots) s.worker.terminate();
  slots = [];
}

/** Splits a comparison over the pool (grown or shrunk to fit it) and configures every worker. */
function configure(msg: ConfigureMessage, l: WorkerListener): void {
  order = msg.specs.map((r) => r.id);
  mode = msg.mode ?? 'lockstep';
  const size = poolSize(msg.specs.length, navigator.hardwareConcurrency || 1, forcedSize);
  if (size !== slots.length) {
    endSlots();
    latestRuns.clear();
    for (let i = 0; i < size; i++) slots.push(spawn(l));
  }
  const parts = assignRuns(msg.specs, size);
  limitSent = 0;
  for (let i = 0; i < size; i++) {
    const s = slots[i];
    s.own = parts[i];
    s.configured = null;
    s.awaiting++;
    s.worker.postMessage({ ...msg, runIds: parts[i] } satisfies ConfigureMessage);
    // One worker needs no bound; a pool starts bounded until the workers report their pace.
    s.worker.postMessage({ type: 'limit', step: size > 1 && mode === 'lockstep' ? 20 : null } satisfies ToWorker);
  }
}

/**
 * Starts (or restarts) the pool and routes its messages to `l`; workers are made when the first
 * comparison arrives. `workers` forces the pool size (a URL's ?workers=, for tests).
 */
export function startWorker(l: WorkerListener, workers: number | null = null): void {
  stopWorker();
  listener = l;
  forcedSize = workers;
  watchdog = setInterval(() => {
    if (!expectingProgress) return;
    const now = Date.now();
    if (slots.some((s) => now - s.lastHeard > SILENCE_LIMIT_MS)) {
      expectingProgress = false;
      l.error({ kind: 'unresponsive', detail: '' });
    }
  }, 1000);
}

/**
 * Ends one worker the way a crash would: no goodbye, the UI finds out from the silence.
 * For fault drills (the e2e tests call it through window.backpropLab).
 */
export function killWorker(): void {
  slots[0]?.worker.terminate();
}

/** Ends every worker; no more messages arrive until startWorker is called again. */
export function stopWorker(): void {
  clearInterval(watchdog);
  expectingProgress = false;
  evening = false;
  endSlots();
  latestRuns.clear();
  progressDirty = false;
  boundaryDirty = false;
  boundaryMerged = false;
}

/** True while a pool is running. */
export function workerAlive(): boolean {
  return listener !== null && watchdog !== undefined;
}

/** Workers in the pool now. */
export function poolWorkers(): number {
  return slots.length;
}

/** Sends a command to the pool (ignored when none runs). */
export function send(msg: ToWorker): void {
  if (!listener) return;
  if (msg.type === 'configure') {
    configure(msg, listener);
    return;
  }
  if (msg.type === 'play') {
    expectingProgress = true;
    playUntil = msg.until ?? null;
    evening = false;
    const now = Date.now();
    for (const s of slots) s.lastHeard = now;
    raiseLimit(true);
  } else if (msg.type === 'pause' || msg.type === 'step' || msg.type === 'reset') {
    expectingProgress = false;
    evening = msg.type === 'pause' && slots.length > 1 && mode === 'lockstep';
  }
  if (msg.type === 'setSpeed') lastSpeed = msg;
  // A reset rebuilds every run: hold the stream until every worker has said so.
  if (msg.type === 'reset') {
    for (const s of slots) {
      s.configured = null;
      s.awaiting++;
    }
  }
  for (const s of slots) s.worker.postMessage(msg);
}
