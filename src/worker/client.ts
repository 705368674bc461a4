import {
  assertNever,
  type BoundaryMessage,
  type ConfiguredMessage,
  type FromWorker,
  type ProgressMessage,
  type RunProgress,
  type ToWorker,
  type WorkerFault,
} from '../protocol.ts';


/** What the UI hears from the worker, at most once per animation frame for progress. */
export interface WorkerListener {
  configured(msg: ConfiguredMessage): void;
  progress(msg: ProgressMessage): void;
  boundary(msg: BoundaryMessage): void;
  error(fault: WorkerFault): void;
}

let worker: Worker | null = null;
let listener: WorkerListener | null = null;
let pending: ProgressMessage | null = null;
let pendingBoundary: BoundaryMessage | null = null;
let frameRequested = false;
/** When the worker last spoke, and whether it should be speaking (it trains). */
let lastHeard = 0;
let expectingProgress = false;
let watchdog: ReturnType<typeof setInterval> | undefined;

/** A training worker that says nothing for this long while it should be training is taken for dead. */
export const SILENCE_LIMIT_MS = 4000;

/** Merges a newer progress message into an older one within one frame: points accumulate (the store bounds them, once), the rest is the newest. */
export function mergeProgress(older: ProgressMessage, newer: ProgressMessage): ProgressMessage {
  const runs: RunProgress[] = newer.runs.map((r) => {
    const old = older.runs.find((o) => o.id === r.id);
    if (!old) return r;
    return { ...r, points: old.points.concat(r.points) };
  });
  return { ...newer, runs };
}

function flush(): void {
  frameRequested = false;
  if (!listener) return;
  const p = pending;
  const b = pendingBoundary;
  pending = null;
  pendingBoundary = null;
  if (p) listener.progress(p);
  if (b) listener.boundary(b);
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

function onMessage(msg: FromWorker): void {
  if (!listener) return;
  lastHeard = Date.now();
  switch (msg.type) {
    case 'configured':
      flush();
      listener.configured(msg);
      break;
    case 'progress':
      expectingProgress = msg.playing;
      pending = pending ? mergeProgress(pending, msg) : msg;
      requestFlush();
      break;
    case 'boundary':
      pendingBoundary = msg;
      requestFlush();
      break;
    case 'error':
      listener.error({ kind: 'failed', detail: msg.message });
      break;
    default:
      assertNever(msg);
  }
}

/** Starts (or restarts) the training worker and routes its messages to `l`. */
export function startWorker(l: WorkerListener): void {
  stopWorker();
  listener = l;
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'backprop-lab-trainer' });
  w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    l.error({ kind: 'crashed', detail: e.message ?? '' });
  };
  w.onmessageerror = () => l.error({ kind: 'unreadable', detail: '' });
  worker = w;
  lastHeard = Date.now();
  watchdog = setInterval(() => {
    if (worker === w && expectingProgress && Date.now() - lastHeard > SILENCE_LIMIT_MS) {
      expectingProgress = false;
      l.error({ kind: 'unresponsive', detail: '' });
    }
  }, 1000);
}

/**
 * Ends the worker the way a crash would: no goodbye, the UI finds out from the silence.
 * For fault drills (the e2e tests call it through window.backpropLab).
 */
export function killWorker(): void {
  worker?.terminate();
}

/** Ends the worker; no more messages arrive until startWorker is called again. */
export function stopWorker(): void {
  clearInterval(watchdog);
  expectingProgress = false;
  worker?.terminate();
  worker = null;
  pending = null;
  pendingBoundary = null;
}

/** True while a worker is running. */
export function workerAlive(): boolean {
  return worker !== null;
}

/** Sends a command to the worker (ignored when none runs). */
export function send(msg: ToWorker): void {
  if (msg.type === 'play') {
    expectingProgress = true;
    lastHeard = Date.now();
  } else if (msg.type === 'pause' || msg.type === 'step' || msg.type === 'reset') {
    expectingProgress = false;
  }
  worker?.postMessage(msg);
}
