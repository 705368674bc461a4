import { createTrainer, datasetFromPoints, makeData } from '../engine/index.ts';
import type { Dataset, KernelKind, LayerStats, Trainer } from '../engine/types.ts';
import type { Divergence, HistoryPoint, ImageReport, OwnPoints, PointSet, RunInfo, RunSpec } from '../protocol.ts';
import { classesOf, dataSpecOf, trainerSpecOf } from './specs.ts';
import { probeStats } from './probe.ts';

/** One run of a comparison inside the worker: its trainer, its data, and what has not been posted yet. */
export interface Run {
  spec: RunSpec;
  trainer: Trainer;
  train: Dataset;
  val: Dataset;
  divergence: Divergence | undefined;
  /** Loss of the latest mini-batch (NaN before the first step). */
  lastLoss: number;
  /** Points recorded since the last progress message. */
  pending: HistoryPoint[];
  /** Steps taken, and seconds spent inside them (evaluation excluded). */
  step: number;
  seconds: number;
  /** Steps per second of this run's own compute time, and the (step, seconds) it was last measured from. */
  stepsPerSecond: number;
  rateMark: { step: number; seconds: number };
  /** Classes of its data. */
  classes: number;
  /** Image statistics (digits runs, while watched) not yet sent with a progress message. */
  images?: ImageReport;
}

/** The data of a run: a built-in set, or the first N training points of own data and all its validation points. */
export function dataOf(spec: RunSpec, own: OwnPoints | null): { train: Dataset; val: Dataset } {
  const c = spec.config;
  if (c.dataset !== 'own') return makeData(dataSpecOf(c));
  if (!own) throw new RangeError(`run ${spec.id} trains on own data, but none was sent`);
  if (own.train.n < 1) throw new RangeError('own data has no training points');
  return { train: datasetFromPoints(own.train, own.classes, c.trainSize), val: datasetFromPoints(own.val, own.classes) };
}

/** A run on the given kernels ('simd' only where the worker found SIMD usable), on its built-in data or the own data. */
export function createRun(spec: RunSpec, kernels: KernelKind, own: OwnPoints | null = null): Run {
  const { train, val } = dataOf(spec, own);
  const trainer = createTrainer({ ...trainerSpecOf(spec.config, own, spec.seedIndex ?? 0), kernels }, train);
  return {
    spec, trainer, train, val, divergence: undefined, lastLoss: NaN, pending: [],
    step: 0, seconds: 0, stepsPerSecond: 0, rateMark: { step: 0, seconds: 0 }, classes: classesOf(spec.config, own),
  };
}

/** Updates a run's steps/s once it has spent at least half a second since the last measurement. */
export function updateRate(run: Run): void {
  const ds = run.seconds - run.rateMark.seconds;
  if (ds >= 0.5 || (run.stepsPerSecond === 0 && ds > 0)) {
    run.stepsPerSecond = (run.step - run.rateMark.step) / ds;
    if (ds >= 0.5) run.rateMark = { step: run.step, seconds: run.seconds };
  }
}

/** Copies a layer-statistics array (the trainer reuses its own). */
export function copyStats(stats: readonly LayerStats[]): LayerStats[] {
  return stats.map((s) => ({ ...s }));
}

/** Evaluates a run on both sets and stores a history point for `step`. */
export function recordPoint(run: Run, step: number): void {
  const tr = run.trainer.evaluate(run.train);
  const va = run.trainer.evaluate(run.val);
  const layers = step === 0 ? probeStats(run.trainer, run.train) : copyStats(run.trainer.layerStats());
  run.pending.push({
    step,
    seconds: run.seconds,
    epoch: run.trainer.epoch,
    trainLoss: tr.loss,
    trainAcc: tr.accuracy,
    valLoss: va.loss,
    valAcc: va.accuracy,
    layers,
  });
}

function pointSet(d: Dataset): PointSet {
  return { x: d.x.slice(0, d.n * d.inputs), labels: d.labels.slice(0, d.n), n: d.n };
}

export function runInfo(run: Run): RunInfo {
  const spec = run.trainer.spec;
  return {
    id: run.spec.id,
    label: run.spec.label,
    layerSizes: [spec.network.inputs, ...spec.network.hidden, spec.network.outputs],
    classes: run.classes,
    train: pointSet(run.train),
    val: pointSet(run.val),
    kernels: run.trainer.network.kernels,
    config: run.spec.config,
  };
}
