import { describe, expect, it } from 'vitest';
import type { HistoryPoint, RunInfo } from '../../src/protocol.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { isOrderedKnob, outcomeRows, outcomeStep } from '../../src/state/outcome.ts';
import type { RunSpread } from '../../src/state/seedSpread.ts';

const run = (id: string, depth: number): RunInfo => ({
  id, label: id, layerSizes: [2, 1], classes: 2, kernels: 'js', config: { ...DEFAULT_CONFIG, depth },
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 }, val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
});
const p = (valAcc: number, valLoss: number, trainLoss: number): HistoryPoint => ({ step: 300, seconds: 1, epoch: 1, trainLoss, trainAcc: 1, valLoss, valAcc, layers: [] });
const spread = (step: number, points: (HistoryPoint | null)[]): RunSpread => ({ seeds: points.length, diverged: [], band: [], at: { step, points } });

describe('the outcome table', () => {
  // Runs listed out of knob order: the table sorts by the knob's value.
  const runs = [run('A', 4), run('B', 1), run('C', 2)];
  const spreads = {
    A: spread(300, [p(0.5, 0.7, 0.69), p(0.5, 0.7, 0.69), p(0.52, 0.69, 0.68)]),
    B: spread(300, [p(0.99, 0.05, 0.04), p(0.97, 0.1, 0.05), p(0.98, 0.07, 0.02)]),
    C: spread(290, [p(0.9, 0.2, 0.1), null, p(0.8, 0.4, 0.2)]),
  };

  it('has a row per value in the knob\'s order, with each seed\'s value and their median, min and max', () => {
    const rows = outcomeRows(runs, { knob: 'depth', values: [4, 1, 2] }, spreads, 'valAcc');
    expect(rows.map((r) => r.value)).toEqual([1, 2, 4]);
    expect(rows[0]).toMatchObject({ runId: 'B', runIndex: 1, seeds: [0.99, 0.97, 0.98], median: 0.98, min: 0.97, max: 0.99, diverged: 0 });
    expect(rows[2]).toMatchObject({ median: 0.5, min: 0.5, max: 0.52 });
  });

  it('counts a diverged seed apart and takes the median of the others (even count: mean of the middle two)', () => {
    const row = outcomeRows(runs, { knob: 'depth', values: [4, 1, 2] }, spreads, 'valAcc')[1];
    expect(row.seeds).toEqual([0.9, null, 0.8]);
    expect(row.diverged).toBe(1);
    expect(row.median).toBeCloseTo(0.85, 12);
  });

  it('plots the loss gap as validation minus training loss', () => {
    const row = outcomeRows(runs, { knob: 'depth', values: [4, 1, 2] }, spreads, 'gap')[0];
    expect(row.seeds.map((v) => Number(v!.toFixed(6)))).toEqual([0.01, 0.05, 0.05]);
    expect(row.median).toBeCloseTo(0.05, 12);
  });

  it('is at the least step over the runs', () => {
    expect(outcomeStep(runs, spreads)).toBe(290);
  });

  it('is empty for a knob without an order, a grid, or before any seed is merged', () => {
    expect(outcomeRows(runs, { knob: 'activation', values: ['sigmoid', 'relu'] }, spreads, 'valAcc')).toEqual([]);
    expect(outcomeRows(runs, { knob: 'depth', values: [4, 1], knob2: 'l2', values2: [0, 0.1] }, spreads, 'valAcc')).toEqual([]);
    expect(outcomeRows(runs, { knob: 'depth', values: [4, 1, 2] }, {}, 'valAcc')).toEqual([]);
  });

  it('takes numbers and the init (smallest weights to largest) as ordered, and not the seed or other options', () => {
    expect((['depth', 'width', 'dropoutHidden', 'dropoutInput', 'l2', 'trainSize', 'learningRate', 'init'] as const).every((k) => isOrderedKnob(k))).toBe(true);
    expect(['seed', 'activation', 'optimizer', 'batchNorm', 'dataset', null].some((k) => isOrderedKnob(k as never))).toBe(false);
  });
});
