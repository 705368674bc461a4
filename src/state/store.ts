import { create } from 'zustand';
import type {
  BoundaryMessage,
  GridSpec,
  HistoryPoint,
  ImageProbsMessage,
  ImageReport,
  KernelStatus,
  RunInfo,
  RunUpdate,
  WorkerFault,
} from '../protocol.ts';
import type { OwnData } from './ownData/types.ts';
import type { GradMetric, RunDerived } from './series.ts';
import type { RunSpread } from './seedSpread.ts';
import { parseUrl } from './url.ts';
import type { Lang, UrlState } from './urlParams.ts';
import type { Notice } from './urlRead.ts';

/** Latest live numbers of one run (replaced every frame; its image report is kept apart, in `images`). */
export type LiveRun = Omit<RunUpdate, 'points' | 'images'>;

export interface LabState extends UrlState {
  lang: Lang;
  notices: Notice[];
  /** Runs of the current comparison, as the worker built them. */
  runs: RunInfo[];
  grid: GridSpec | null;
  playing: boolean;
  step: number;
  epoch: number;
  stepsPerSecond: number;
  examplesPerSecond: number;
  live: Record<string, LiveRun>;
  /** Bounded history per run id (see history.ts); over several seeds, the run's median series (seedSpread.ts). */
  history: Record<string, HistoryPoint[]>;
  /** Over several seeds, per run id: every seed's bounded history (index = seed). Empty with one seed. */
  members: Record<string, HistoryPoint[][]>;
  /** Over several seeds, per run id: the band, the diverged seeds and each seed's newest common point. */
  spread: Record<string, RunSpread>;
  /** Seeds per run the runs train with (the link's `seeds`, lowered to what fits in memory). */
  seedsInUse: number;
  /** Per run id, what the views read of its history and live numbers, derived as they are merged (see series.ts). */
  derived: Record<string, RunDerived>;
  boundary: BoundaryMessage | null;
  /** Per digits run id, its newest image report (while an image view watches): the gallery, confusion and first layer draw it. */
  images: Record<string, ImageReport>;
  /** Every digits run's answer for the drawn digit (the newest evaluateImage); null while the pad is empty. */
  imageProbs: ImageProbsMessage | null;
  /** A worker failure, shown with a restart button; null when all is well. */
  workerError: WorkerFault | null;
  /** Counts "describe now" requests (D key, button): the narrator reads the state in full when it changes. */
  describeAsked: number;
  /** Loudness of the sonification, 0–1. */
  volume: number;
  /** What the workers found about SIMD (null before the first comparison was built). */
  kernels: KernelStatus | null;
  /** Workers training the comparison now. */
  poolWorkers: number;
  /** Earlier versions of the own data, newest last, for undo (not in the URL). */
  ownUndo: OwnData[];
  /** Each gradient metric's [lo, hi] over every run (one y-axis for A beside B), derived at the merge. */
  gradExtent: Record<GradMetric, readonly [number, number]>;
  /**
   * The open lesson's horizon was reached since the runs were last built (derived at the merge). It stays reached:
   * a race run's accuracy dipping back under the target after "Keep training" does not pause the race again.
   */
  horizonReached: boolean;
  /** Seconds every run has trained (the slowest run's): a race's progress towards its horizon. */
  raceSeconds: number;
  /** The link asked for SIMD by name (its kernels, or a comparison over kernels naming it): say so if it is not there. */
  simdAsked: boolean;
}

/** No gradient values yet: an empty extent. */
export const NO_GRAD_EXTENT: LabState['gradExtent'] = { gradNorm: [Infinity, -Infinity], deltaNorm: [Infinity, -Infinity] };

/**
 * The run data of a fresh start: no history, derived series, live numbers or boundary, step and epoch 0, no
 * gradient extent, the lesson's horizon not reached. Spread wherever the runs start over; the runs themselves
 * are set beside it (the worker's new ones, or none).
 */
export const FRESH_RUNS = {
  history: {},
  members: {},
  spread: {},
  derived: {},
  live: {},
  boundary: null,
  images: {},
  imageProbs: null,
  step: 0,
  epoch: 0,
  gradExtent: NO_GRAD_EXTENT,
  horizonReached: false,
  raceSeconds: 0,
} satisfies Partial<LabState>;

/** The state of a page opened by a bare link (the URL table's defaults, the default lesson), in English, with no runs. */
export const initialLabState: LabState = {
  ...parseUrl('').state,
  lang: 'en',
  ...FRESH_RUNS,
  kernels: null,
  poolWorkers: 0,
  seedsInUse: 1,
  ownUndo: [],
  simdAsked: false,
  notices: [],
  runs: [],
  grid: null,
  playing: false,
  stepsPerSecond: 0,
  examplesPerSecond: 0,
  workerError: null,
  describeAsked: 0,
  volume: 0.5,
};

/** The one store. Actions are module functions in actions.ts. */
export const useLab = create<LabState>()(() => ({ ...initialLabState }));
