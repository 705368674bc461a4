import type { KnobKey, KnobValue } from '../protocol.ts';
import type { Horizon } from '../state/lessons.ts';
import type { LabSnapshot } from './snapshot.ts';
import type { OwnData } from '../state/ownData/types.ts';
import type { XapiStatement } from './statements.ts';

/** Marks every message the lab posts to its host page. */
export const SOURCE = 'backprop-lab';
/** Messages for the lab must carry this `target`. */
export const TARGET = 'backprop-lab';

/** A command from the host page, after validation. */
export type EmbedCommand =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'reset' }
  | { type: 'step'; count: number }
  | { type: 'set'; key: KnobKey; value: KnobValue }
  | { type: 'set'; lesson: string }
  | { type: 'set'; compare: KnobKey | null; values: KnobValue[] }
  /** Seeds every run trains (1–20): issue #25. */
  | { type: 'set'; seeds: number }
  | { type: 'getState' }
  /** Puts the lab in the saved setup at step 0; with replay, trains (deterministically) back to the saved step. */
  | { type: 'setState'; state: LabSnapshot; replay: boolean }
  | { type: 'setData'; data: OwnData };

/** One run as `progress` reports it; numbers are null until the first evaluation. */
export interface EmbedRunProgress {
  id: string;
  label: string;
  trainLoss: number | null;
  valLoss: number | null;
  trainAcc: number | null;
  valAcc: number | null;
  /** ‖∂L/∂W‖ per layer, first hidden → output, of the latest step. */
  gradNorms: number[];
  diverged: boolean;
}

/** What the lab posts to its host page. */
export type EmbedEvent =
  | { source: typeof SOURCE; type: 'ready'; version: 1; lesson: string; lessons: string[]; lang: string; runs: { id: string; label: string }[] }
  | {
      source: typeof SOURCE;
      type: 'progress';
      step: number;
      epoch: number;
      playing: boolean;
      lesson: string;
      /** The lesson's horizon: Play pauses there by itself the first time. */
      horizon: Horizon;
      /** True once the runs have reached the horizon (from then on Play keeps training). */
      horizonReached: boolean;
      runs: EmbedRunProgress[];
    }
  | { source: typeof SOURCE; type: 'resize'; height: number }
  | { source: typeof SOURCE; type: 'state'; version: LabSnapshot['version']; state: LabSnapshot }
  /** What the learner did, xAPI-shaped (no actor: the host adds it); see README "Learning events". */
  | { source: typeof SOURCE; type: 'statement'; statement: XapiStatement };
