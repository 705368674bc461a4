import type { ProgressMessage, RunUpdate } from '../protocol.ts';
import { copyStats, updateRate, type Run } from './run.ts';
import type { RunSet } from './runSet.ts';

/** Least time between two progress messages (≈30 a second). */
export const POST_INTERVAL_MS = 33;
/** While held at a pool's lock-step limit, progress goes out this often (a heartbeat for the watchdog). */
const HELD_POST_INTERVAL_MS = 1000;

/** The comparison's steps per second of wall-clock time, over about the last second. */
export interface RateMeter {
  /** Takes the step at now (ms); the rate since the oldest sample kept, 0 when not playing. */
  measure(now: number, step: number, playing: boolean): number;
  /** Forgets every sample (new runs start again at step 0). */
  clear(): void;
}

/** A rate meter with no samples yet. */
export function createRateMeter(): RateMeter {
  /** (ms, step) at each measurement: those of the last second, and always the two newest. */
  const samples: { t: number; step: number }[] = [];
  return {
    measure(now, step, playing) {
      samples.push({ t: now, step });
      while (samples.length > 2 && now - samples[0].t > 1000) samples.shift();
      const first = samples[0];
      const dt = (now - first.t) / 1000;
      return playing && dt > 0 ? (step - first.step) / dt : 0;
    },
    clear() {
      samples.length = 0;
    },
  };
}

/** Progress messages: each run's news since the last one, at most ≈30 a second, once a second while held. */
export interface ProgressPoster {
  /** True when a message is due at now (ms). */
  due(now: number, held: boolean): boolean;
  /** Posts the comparison's step and rate and each run's news at now (ms). */
  post(now: number, set: RunSet, playing: boolean): void;
  /** Forgets the rate's samples (new runs). */
  restart(): void;
}

/** A progress poster that sends through post; the first message is due at once. */
export function createProgressPoster(post: (msg: ProgressMessage) => void): ProgressPoster {
  /** When the last message went out (ms). */
  let last = -Infinity;
  const rate = createRateMeter();
  return {
    due: (now, held) => now - last >= (held ? HELD_POST_INTERVAL_MS : POST_INTERVAL_MS),
    post(now, set, playing) {
      const sps = rate.measure(now, set.step, playing);
      let batch = 0;
      for (const r of set.trained) if (!r.divergence) batch += Math.min(r.trainer.spec.batchSize, r.train.n);
      const updates = set.trained.map(takeUpdate);
      last = now;
      post({
        type: 'progress',
        step: set.step,
        epoch: set.trained.length > 0 ? set.trained[0].trainer.epoch : 0,
        playing,
        stepsPerSecond: sps,
        examplesPerSecond: sps * batch,
        updates,
      });
    },
    restart: () => rate.clear(),
  };
}

/** Nothing live: the latest statistics and masks of a run's seeds s ≥ 1, which no view shows (they cost the page's main thread to receive). */
const NONE: readonly never[] = [];

/**
 * A run's news: its steps/s brought up to date, its latest numbers, and the points recorded since the last message
 * (taken from it). Seeds s ≥ 1 of a run send their points and status only: the page shows seed 0's live numbers.
 */
function takeUpdate(r: Run): RunUpdate {
  updateRate(r);
  const member = (r.spec.seedIndex ?? 0) > 0;
  const p: RunUpdate = {
    id: r.spec.id,
    status: r.divergence ? 'diverged' : 'training',
    step: r.step,
    seconds: r.seconds,
    stepsPerSecond: r.stepsPerSecond,
    batchLoss: r.lastLoss,
    layers: member ? [...NONE] : copyStats(r.trainer.layerStats()),
    points: r.pending,
    masks: member ? [...NONE] : r.trainer.dropoutMasks().map((m) => m.slice()),
  };
  if (r.divergence) p.divergence = r.divergence;
  if (r.images) p.images = r.images;
  r.images = undefined;
  r.pending = [];
  return p;
}
