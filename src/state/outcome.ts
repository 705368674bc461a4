/**
 * The outcome-by-knob panel's numbers: for a comparison over an ordered knob, each run's value of the knob and
 * every seed's outcome at the newest step all seeds have reached, with their median, least and greatest.
 */
import type { HistoryPoint, KnobKey, KnobValue, RunInfo } from '../protocol.ts';
import { KNOB_ROWS } from '../knobTable.ts';
import type { Comparison } from './lessons.ts';
import { spreadOf, type RunSpread } from './seedSpread.ts';

/** What the panel plots against the knob: validation accuracy, validation loss, or the loss gap (validation − train). */
export const OUTCOME_METRICS = ['valAcc', 'valLoss', 'gap'] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

/** One seed's outcome at a point. */
export function outcomeOf(p: HistoryPoint, metric: OutcomeMetric): number {
  if (metric === 'gap') return p.valLoss - p.trainLoss;
  return p[metric];
}

/**
 * True when a knob's values have an order the panel can lay out: a number (the seed aside), or the init,
 * whose options run from the smallest weights to the largest (zero, small, ±1/√n, Xavier, He, large).
 */
export function isOrderedKnob(knob: KnobKey | null | undefined): knob is KnobKey {
  if (!knob || knob === 'seed') return false;
  return KNOB_ROWS[knob].kind === 'number' || knob === 'init';
}

/** Where a value of an ordered knob sits on the panel's x-axis: the number itself, or the init's place in its order. */
export function knobPosition(knob: KnobKey, value: KnobValue): number {
  const row = KNOB_ROWS[knob];
  if (row.kind === 'enum') return (row.options as readonly KnobValue[]).indexOf(value);
  return Number(value);
}

/** One value of the knob: its run, every seed's outcome (null: diverged before), and their median, min and max. */
export interface OutcomeRow {
  runId: string;
  runIndex: number;
  value: KnobValue;
  x: number;
  seeds: (number | null)[];
  median: number;
  min: number;
  max: number;
  /** Seeds left out (diverged). */
  diverged: number;
}

/** The table of the panel, rows by knob value, or [] when the comparison is not over one ordered knob or nothing is merged yet. */
export function outcomeRows(runs: readonly RunInfo[], comparison: Comparison, spread: Readonly<Record<string, RunSpread>>, metric: OutcomeMetric): OutcomeRow[] {
  const knob = comparison.knob;
  if (!isOrderedKnob(knob) || comparison.knob2) return [];
  const rows: OutcomeRow[] = [];
  runs.forEach((r, runIndex) => {
    const at = spread[r.id]?.at;
    if (!at) return;
    const seeds = at.points.map((p) => (p ? outcomeOf(p, metric) : null));
    const s = spreadOf(seeds.filter((v): v is number => v !== null));
    const value = r.config[knob];
    rows.push({ runId: r.id, runIndex, value, x: knobPosition(knob, value), seeds, ...s, diverged: seeds.filter((v) => v === null).length });
  });
  return rows.sort((a, b) => a.x - b.x);
}

/** The step the table's numbers are at: the least over the runs (each run's newest step all its seeds reached). */
export function outcomeStep(runs: readonly RunInfo[], spread: Readonly<Record<string, RunSpread>>): number | null {
  const steps = runs.map((r) => spread[r.id]?.at?.step).filter((s): s is number => s !== undefined);
  return steps.length ? Math.min(...steps) : null;
}
