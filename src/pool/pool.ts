import {
  assertNever,
  type BoundaryMessage,
  type ConfiguredMessage,
  type ConfigureMessage,
  type FromWorker,
  type ImageProbsMessage,
  type ProgressMessage,
  type RunUpdate,
  type SetSpeedMessage,
  type ToWorker,
  type TrainMode,
  type WatchImagesMessage,
  type WorkerFault,
} from '../protocol.ts';
import { memberSpecs } from '../seeds.ts';
import { assignRuns, lockstepLimit, mergeBoundaries, mergeConfigured, mergePoolProgress, poolSize } from './merge.ts';

/** One training worker as the pool sees it: a place to post to, and an end. */
export interface WorkerPort {
  post(msg: ToWorker): void;
  terminate(): void;
}

/** What a worker can say to the pool: a message, a crash (an uncaught error in it), or a message it could not read. */
export interface WorkerEvents {
  message(msg: FromWorker): void;
  crashed(detail: string): void;
  unreadable(): void;
}

/** What the page gives a pool: workers, a clock, the machine's cores and a doorbell. Tests give fakes. */
export interface PoolHost {
  /** Starts one training worker whose messages go to `events`. */
  spawn(events: WorkerEvents): WorkerPort;
  /** Milliseconds, for the watchdog (Date.now in the page). */
  now(): number;
  /** Calls `check` every `ms` until the returned function is called (the watchdog's beat). */
  every(ms: number, check: () => void): () => void;
  /** Logical cores of the machine (navigator.hardwareConcurrency). */
  cores: number;
  /** Something arrived that `drain` will hand out: the page's clock should tick soon. */
  wake(): void;
}

/** What arrived since the last drain, merged into one comparison as if from one worker. */
export interface PoolNews {
  /** Every worker has answered the newest configure or reset: the runs as built, and how many workers train them. */
  configured: { msg: ConfiguredMessage; workers: number } | null;
  /** The comparison's progress: the newest live numbers per run, every point recorded since the last drain. */
  progress: ProgressMessage | null;
  boundary: BoundaryMessage | null;
  faults: WorkerFault[];
  /** The answer to the newest evaluateImage once every worker has given its part: every digits run, in comparison order. */
  imageProbs: ImageProbsMessage | null;
}

/** Commands the page sends; configure has its own method (it splits the runs), limits are the pool's own. */
export type PoolCommand = Exclude<ToWorker, ConfigureMessage | { type: 'limit' }>;

/** The page side of a pool of training workers. */
export interface Pool {
  /** Splits a comparison over the pool (grown or shrunk to fit it) and configures every worker. */
  configure(msg: ConfigureMessage): void;
  send(msg: PoolCommand): void;
  /**
   * Takes what arrived since the last call (null: nothing), and decides, once, what the workers are told back:
   * a raised lock-step limit, and after a pause the steps that bring every worker to the furthest one.
   */
  drain(): PoolNews | null;
  /** Workers in the pool now. */
  size(): number;
  /** Ends one worker the way a crash would: no goodbye, the watchdog finds out from the silence (fault drills). */
  kill(): void;
  /** Ends every worker; nothing more arrives. */
  dispose(): void;
}

/** A training worker that says nothing for this long while it should be training is taken for dead. */
export const SILENCE_LIMIT_MS = 4000;

/** One worker of the pool and what it said last. */
interface Slot {
  port: WorkerPort;
  /** The runs this worker trains. */
  runIds: string[];
  lastHeard: number;
  configured: ConfiguredMessage | null;
  /** `configured` replies still due: one per configure and per reset sent (a configure then a reset gets two). */
  awaiting: number;
  progress: ProgressMessage | null;
  boundary: BoundaryMessage | null;
  /** A grid came since the last merged boundary went out. */
  boundaryFresh: boolean;
}

/**
 * A pool of training workers on `host`: min(runs, cores − 1, 8) of them, or `forcedSize` (a URL's ?workers=).
 * Workers are made when the first comparison arrives.
 */
export function createPool(host: PoolHost, forcedSize: number | null = null): Pool {
  let slots: Slot[] = [];
  /** Run ids of the comparison, in order, and how it trains. */
  let order: string[] = [];
  let mode: TrainMode = 'lockstep';
  let lastSpeed: SetSpeedMessage | null = null;
  /** The page's last watchImages, repeated to workers spawned later (like the speed). */
  let lastWatch: WatchImagesMessage | null = null;
  /** Newest live numbers per run, with every point not yet drained. */
  const pending = new Map<string, RunUpdate>();
  let progressDirty = false;
  let boundaryDirty = false;
  /** A merged boundary of the current comparison went out (later ones wait for a fresh grid from every worker). */
  let boundaryMerged = false;
  let configured: PoolNews['configured'] = null;
  let faults: WorkerFault[] = [];
  let expectingProgress = false;
  /** The step the last Play stops at by itself (null: it trains until paused). */
  let playStopsAt: number | null = null;
  /** Lock-step bound last sent. */
  let limitSent = 0;
  /** A pause was sent to a lock-step pool: once every worker has stopped, the ones behind take the steps to the furthest. */
  let levelWhenStopped = false;
  let raiseForced = false;
  let disposed = false;
  /** Parts of the answer to the newest evaluateImage, one per worker so far; the merged answer not yet drained. */
  let imageParts: ImageProbsMessage[] = [];
  let imageProbs: ImageProbsMessage | null = null;
  let imageRequest: number | null = null;

  // Until every worker has answered every configure and reset, its progress belongs to a setup about to be replaced.
  const configuring = () => slots.some((s) => s.configured === null || s.awaiting > 0);

  const fault = (f: WorkerFault) => {
    faults.push(f);
    host.wake();
  };

  const stopWatch = host.every(1000, () => {
    if (!expectingProgress) return;
    const now = host.now();
    if (slots.some((s) => now - s.lastHeard > SILENCE_LIMIT_MS)) {
      expectingProgress = false;
      fault({ kind: 'unresponsive', detail: '' });
    }
  });

  /** Lock-step across workers: raise the common bound as the slowest worker advances. */
  function raiseLimit(): void {
    if (slots.length < 2 || mode !== 'lockstep') return;
    const latest = slots.map((s) => s.progress);
    if (latest.some((p) => p === null)) return;
    const steps = latest.map((p) => p!.step);
    const limit = lockstepLimit(steps, latest.map((p) => p!.stepsPerSecond));
    // Raised in strides of half the lead, not on every tick: each raise is a post to every worker.
    if (raiseForced || limit >= limitSent + Math.max(1, (limit - Math.min(...steps)) / 2)) {
      raiseForced = false;
      limitSent = limit;
      for (const s of slots) s.port.post({ type: 'limit', step: limit });
    }
  }

  /** After a pause, brings every worker to the furthest one's step, so the runs stop side by side. */
  function levelUp(): void {
    if (!levelWhenStopped || slots.some((s) => !s.progress || s.progress.playing)) return;
    levelWhenStopped = false;
    const top = Math.max(...slots.map((s) => s.progress!.step));
    for (const s of slots) {
      const behind = top - s.progress!.step;
      if (behind > 0) s.port.post({ type: 'step', count: behind });
    }
  }

  function onMessage(slot: Slot, msg: FromWorker): void {
    if (disposed || !slots.includes(slot)) return;
    slot.lastHeard = host.now();
    switch (msg.type) {
      case 'configured':
        slot.configured = msg;
        slot.awaiting = Math.max(0, slot.awaiting - 1);
        slot.progress = null;
        slot.boundary = null;
        slot.boundaryFresh = false;
        boundaryMerged = false;
        if (!msg.kept) for (const id of slot.runIds) pending.delete(id);
        if (!configuring()) configured = { msg: mergeConfigured(slots.map((s) => s.configured!), order), workers: slots.length };
        break;
      case 'progress':
        slot.progress = msg;
        if (msg.playing) expectingProgress = true;
        // Every worker stopped by itself at the step Play asked for (a lesson's horizon): it is paused, not
        // silent, so the watchdog stands down. (An older progress from before Play has a smaller step.)
        else if (playStopsAt !== null && slots.every((s) => s.progress && !s.progress.playing && s.progress.step >= playStopsAt!)) expectingProgress = false;
        for (const r of msg.updates) {
          const old = pending.get(r.id);
          // Points accumulate until drained; an image report (sent once) stays until drained or replaced by a newer one.
          const images = r.images ?? old?.images;
          pending.set(r.id, old ? { ...r, points: old.points.concat(r.points), ...(images ? { images } : {}) } : r);
        }
        progressDirty = true;
        break;
      case 'boundary':
        slot.boundary = msg;
        slot.boundaryFresh = true;
        boundaryDirty = true;
        break;
      case 'error':
        faults.push(msg.data ? { kind: 'failed', detail: msg.message, data: msg.data } : { kind: 'failed', detail: msg.message });
        break;
      case 'imageProbs':
        if (msg.requestId !== imageRequest) break;
        imageParts.push(msg);
        if (imageParts.length === slots.length) {
          const byId = new Map(imageParts.flatMap((m) => m.predictions.map((p) => [p.id, p] as const)));
          const predictions = order.flatMap((id) => byId.get(id) ?? []);
          imageProbs = { type: 'imageProbs', requestId: msg.requestId, step: Math.max(...imageParts.map((m) => m.step)), predictions };
          imageParts = [];
        }
        break;
      default:
        assertNever(msg);
    }
    host.wake();
  }

  function spawnSlot(): Slot {
    const slot: Slot = {
      port: null as unknown as WorkerPort,
      runIds: [],
      lastHeard: host.now(),
      configured: null,
      awaiting: 0,
      progress: null,
      boundary: null,
      boundaryFresh: false,
    };
    slot.port = host.spawn({
      message: (msg) => onMessage(slot, msg),
      crashed: (detail) => {
        if (!disposed && slots.includes(slot)) fault({ kind: 'crashed', detail });
      },
      unreadable: () => fault({ kind: 'unreadable', detail: '' }),
    });
    if (lastSpeed) slot.port.post(lastSpeed);
    if (lastWatch) slot.port.post(lastWatch);
    return slot;
  }

  function endSlots(): void {
    for (const s of slots) s.port.terminate();
    slots = [];
  }

  function drainProgress(): ProgressMessage | null {
    if (!progressDirty) return null;
    const latest = slots.map((s) => s.progress).filter((p): p is ProgressMessage => p !== null);
    if (latest.length !== slots.length) return null;
    progressDirty = false;
    const msg = mergePoolProgress(latest, pending, order, mode);
    for (const [id, { images: _sent, ...r }] of pending) pending.set(id, { ...r, points: [] });
    return msg;
  }

  function drainBoundary(): BoundaryMessage | null {
    if (!boundaryDirty) return null;
    const parts = slots.map((s) => s.boundary).filter((b): b is BoundaryMessage => b !== null);
    // While training, once every worker has sent a grid since the last merge: one merged boundary per round
    // of the pool, not one per worker's message. Paused, at once (the last grids are the ones to show).
    const training = slots.some((s) => s.progress?.playing);
    if (parts.length !== slots.length || (boundaryMerged && training && !slots.every((s) => s.boundaryFresh))) return null;
    boundaryDirty = false;
    boundaryMerged = true;
    for (const s of slots) s.boundaryFresh = false;
    return mergeBoundaries(parts, order);
  }

  return {
    configure(given) {
      // Over several seeds every run trains as its members, which the workers take as runs of their own.
      const { seeds = 1, ...rest } = given;
      const msg: ConfigureMessage = { ...rest, specs: memberSpecs(given.specs, seeds) };
      order = msg.specs.map((r) => r.id);
      mode = msg.mode ?? 'lockstep';
      const size = poolSize(msg.specs.length, host.cores, forcedSize);
      if (size !== slots.length) {
        endSlots();
        pending.clear();
        for (let i = 0; i < size; i++) slots.push(spawnSlot());
      }
      const parts = assignRuns(msg.specs, size, msg.data ?? null);
      limitSent = 0;
      for (let i = 0; i < size; i++) {
        const s = slots[i];
        s.runIds = parts[i];
        s.configured = null;
        s.awaiting++;
        s.port.post({ ...msg, runIds: parts[i] });
        // One worker needs no bound; a pool starts bounded until the workers report their pace.
        s.port.post({ type: 'limit', step: size > 1 && mode === 'lockstep' ? 20 : null });
      }
    },
    send(msg) {
      switch (msg.type) {
        case 'play': {
          expectingProgress = true;
          playStopsAt = msg.until ?? null;
          levelWhenStopped = false;
          raiseForced = true;
          const now = host.now();
          for (const s of slots) s.lastHeard = now;
          break;
        }
        case 'pause':
          expectingProgress = false;
          levelWhenStopped = slots.length > 1 && mode === 'lockstep';
          break;
        case 'step':
          expectingProgress = false;
          levelWhenStopped = false;
          break;
        case 'reset':
          expectingProgress = false;
          levelWhenStopped = false;
          // A reset rebuilds every run: hold the stream until every worker has said so.
          for (const s of slots) {
            s.configured = null;
            s.awaiting++;
          }
          break;
        case 'setSpeed':
          lastSpeed = msg;
          break;
        case 'watchImages':
          lastWatch = msg;
          break;
        case 'evaluateImage':
          // Only the newest drawing's answer matters: parts of an older one are dropped.
          imageRequest = msg.requestId;
          imageParts = [];
          break;
        default:
          assertNever(msg);
      }
      // Play raises the lock-step bound at once, before it arrives, not at the next tick (a paused pool waits at it).
      if (msg.type === 'play') raiseLimit();
      for (const s of slots) s.port.post(msg);
    },
    drain() {
      if (disposed) return null;
      raiseLimit();
      levelUp();
      const out: PoolNews = { configured: null, progress: null, boundary: null, faults, imageProbs };
      if (faults.length) faults = [];
      imageProbs = null;
      if (!configuring()) {
        out.configured = configured;
        configured = null;
        out.progress = drainProgress();
        out.boundary = drainBoundary();
      }
      return out.configured || out.progress || out.boundary || out.faults.length || out.imageProbs ? out : null;
    },
    size: () => slots.length,
    kill() {
      slots[0]?.port.terminate();
    },
    dispose() {
      disposed = true;
      stopWatch();
      endSlots();
      pending.clear();
    },
  };
}
