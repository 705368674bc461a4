import type { GridSpec, KernelKind } from '../engine/types.ts';
import type { ConfigureMessage, ConfiguredMessage, KernelStatus, OwnPoints, TrainMode } from '../protocol.ts';
import { differsOnlyLive } from '../knobTable.ts';
import { FIRST_GRID, gridFor } from './grid.ts';
import { createRun, dataOf, recordPoint, runInfo, type Run } from './run.ts';
import { hyperOf } from './specs.ts';

/** What the latest configure said, its defaults filled in. */
export type Setup = Pick<ConfigureMessage, 'specs' | 'runIds'> & { mode: TrainMode; data: OwnPoints | null };

/** The comparison as one worker holds it: what it was told, the runs it trains and the step they are at. */
export interface RunSet {
  /** What configure said last (before the first: no runs, lock-step). */
  setup: Setup;
  /** The runs this worker trains: those of setup.specs named in setup.runIds (all when absent), in comparison order. */
  trained: Run[];
  /** The boundary grid, over the data of every run of the comparison, this worker's or another's. */
  grid: GridSpec;
  /** The comparison's step: every run's in lock-step, the furthest run's in a race. */
  step: number;
}

/** The run set before the first configure: no runs, lock-step, the first grid, step 0. */
export function createRunSet(): RunSet {
  return { setup: { specs: [], runIds: undefined, mode: 'lockstep', data: null }, trained: [], grid: FIRST_GRID, step: 0 };
}

/**
 * True when the runs can go on under next: the same runs, split, mode and own points, and only live
 * knobs changed. The whole comparison decides, so every worker of a pool decides alike; own points
 * are told apart by their key (it survives cloning), and matter only when a run trains on them.
 */
export function keepsRuns(was: Setup, next: Setup): boolean {
  const usesOwn = next.specs.some((s) => s.config.dataset === 'own');
  const sameData = !usesOwn || (next.data !== null && was.data !== null && next.data.key === was.data.key);
  return (
    sameData &&
    was.specs.length === next.specs.length &&
    next.mode === was.mode &&
    String(next.runIds) === String(was.runIds) &&
    next.specs.every((s, i) => s.id === was.specs[i].id && differsOnlyLive(was.specs[i].config, s.config))
  );
}

/**
 * Builds this worker's runs of set.setup anew at step 0, each with its point at step 0, on SIMD where
 * its config asks for it and the worker has it (available), and the grid over the whole comparison.
 */
export function buildRuns(set: RunSet, available: KernelKind): void {
  const { specs, runIds, data } = set.setup;
  const mine = runIds ? specs.filter((s) => runIds.includes(s.id)) : specs;
  set.trained = mine.map((s) => createRun(s, s.config.kernels === 'simd' && available === 'simd' ? 'simd' : 'js', data));
  set.step = 0;
  for (const r of set.trained) recordPoint(r, 0);
  // The grid spans every run's data, its own or another worker's: boundaries compare cell by cell. A run's
  // other seeds train on the same data, so its seed 0 stands for them.
  const runs = specs.filter((s) => !s.seedIndex);
  set.grid = gridFor(runs.map((s) => set.trained.find((r) => r.spec.id === s.id) ?? dataOf(s, data)));
}

/** Gives each run its spec of set.setup and its trainer the live knobs (the weights stay). */
export function applyLive(set: RunSet): void {
  for (const r of set.trained) {
    const spec = set.setup.specs.find((s) => s.id === r.spec.id)!;
    r.spec = spec;
    r.trainer.setHyper(hyperOf(spec.config, set.setup.data));
  }
}

/** The answer to configure: the runs as the page sees them, the grid, and whether the weights were kept. */
export function configuredMessage(set: RunSet, kept: boolean, kernels: KernelStatus): ConfiguredMessage {
  // A run's other seeds share its setup and data: the page is told of each run once, by its seed 0.
  const runs = set.trained.filter((r) => !r.spec.seedIndex).map(runInfo);
  return { type: 'configured', runs, grid: set.grid, kept, kernels, mode: set.setup.mode };
}
