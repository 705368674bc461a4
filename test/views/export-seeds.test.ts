import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { historyCsv } from '../../src/views/controls/export/csv.ts';
import { exportJson } from '../../src/views/controls/export/json.ts';
import { fakeHistory, fakeRun } from './fakeRuns.ts';

const runs = [fakeRun('A', [2, 4, 1]), fakeRun('B', [2, 4, 1])];
const history = { A: fakeHistory(3, 2), B: fakeHistory(3, 2) };
/** Three seeds per run, each with its own points (seed s's losses shifted by s). */
const seedsOf = () => [0, 1, 2].map((s) => fakeHistory(3, 2).map((p) => ({ ...p, trainLoss: p.trainLoss + s })));
const members = { A: seedsOf(), B: seedsOf() };

describe('export over several seeds', () => {
  it('writes a seed column: every seed\'s rows, then the median\'s', () => {
    const lines = historyCsv(runs, history, members).trimEnd().split('\r\n');
    expect(lines[0]).toBe('runId,label,seed,step,epoch,trainLoss,valLoss,trainAcc,valAcc,grad_L1,grad_L2');
    const rows = lines.slice(1).map((l) => l.split(','));
    // Per run: 3 seeds × 3 points, then 3 median points.
    expect(rows).toHaveLength(2 * (3 * 3 + 3));
    expect(rows.filter((r) => r[0] === 'A').map((r) => r[2])).toEqual(['0', '0', '0', '1', '1', '1', '2', '2', '2', 'median', 'median', 'median']);
    const seed2 = rows.find((r) => r[0] === 'A' && r[2] === '2')!;
    expect(Number(seed2[5])).toBeCloseTo(history.A[0].trainLoss + 2, 10);
  });

  it('keeps the one-seed format when no run has several seeds', () => {
    expect(historyCsv(runs, history, {}).split('\r\n')[0]).toBe('runId,label,step,epoch,trainLoss,valLoss,trainAcc,valAcc,grad_L1,grad_L2');
  });

  it('puts the seed count and every seed\'s history in the JSON, beside the median history and the link', () => {
    const doc = JSON.parse(exportJson({
      lessonId: 'deeper', config: DEFAULT_CONFIG, comparison: { knob: 'depth', values: [1, 2] }, runs, history, step: 20, ownData: null, seedsInUse: 3, members,
    }, 'lesson=deeper&seeds=3', 'x'));
    expect(doc.seeds).toBe(3);
    expect(doc.query).toContain('seeds=3');
    expect(doc.runs[0].seeds).toHaveLength(3);
    expect(doc.runs[0].seeds[1][0].trainLoss).toBeCloseTo(history.A[0].trainLoss + 1, 10);
    expect(doc.runs[0].history).toHaveLength(3);
  });
});
