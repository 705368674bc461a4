import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../../src/protocol.ts';
import { detectMilestones, emptyMemo, isGoodNews, type LessonMarks, type Milestone, type MilestoneMemo, type RunInput } from '../../../src/views/narrator/milestones.ts';
import { point, stats } from '../chartFixtures.ts';

const MARKS: LessonMarks = { quarter: 100, horizon: 400 };

/** Points every 10 steps with the given validation accuracies; 3 layers with ratio first/last hidden = `ratio(i)`. */
function accPoints(accs: number[], ratio: (i: number) => number = () => 1, valLoss: (i: number) => number = () => 0.5): HistoryPoint[] {
  return accs.map((a, i) =>
    point(i * 10, [stats({ gradNorm: ratio(i) }), stats({ gradNorm: 1 }), stats({ gradNorm: 1 })], { valAcc: a, valLoss: valLoss(i) }),
  );
}

function run(id: string, points: HistoryPoint[], divergedAt: number | null = null): RunInput {
  return { id, classes: 2, points, divergedAt };
}

/** Feeds growing prefixes of each run's history, one recorded point per call, and collects every milestone. */
function replay(runs: RunInput[], marks = MARKS): Milestone[] {
  let memo: MilestoneMemo = emptyMemo('k');
  const out: Milestone[] = [];
  const n = Math.max(...runs.map((r) => r.points.length));
  for (let i = 1; i <= n; i++) {
    const prefix = runs.map((r) => ({ ...r, points: r.points.slice(0, i), divergedAt: i === n ? r.divergedAt : null }));
    const step = (i - 1) * 10;
    const found = detectMilestones(memo, 'k', prefix, step, marks);
    memo = found.memo;
    out.push(...found.events);
  }
  return out;
}

describe('detectMilestones', () => {
  it('says each validation-accuracy threshold once, at the first recorded step past it', () => {
    const events = replay([run('A', accPoints([0.5, 0.55, 0.61, 0.58, 0.7, 0.91, 0.95]))]);
    expect(events.filter((e) => e.kind === 'accuracy')).toEqual([
      { kind: 'accuracy', run: 'A', step: 20, threshold: 0.6, valAcc: 0.61 },
      { kind: 'accuracy', run: 'A', step: 50, threshold: 0.9, valAcc: 0.91 },
    ]);
  });

  it('says only 90 % when one point passes both thresholds', () => {
    const events = replay([run('B', accPoints([0.5, 0.95]))]);
    expect(events.filter((e) => e.kind === 'accuracy')).toEqual([{ kind: 'accuracy', run: 'B', step: 10, threshold: 0.9, valAcc: 0.95 }]);
  });

  it('says a run is still at chance a quarter of the way in, and says nothing of a run that learnt', () => {
    const accs = Array.from({ length: 12 }, () => 0.52);
    const good = Array.from({ length: 12 }, (_, i) => (i < 5 ? 0.5 : 0.8));
    const events = replay([run('A', accPoints(accs)), run('B', accPoints(good))]);
    expect(events.filter((e) => e.kind === 'chance')).toEqual([{ kind: 'chance', run: 'A', step: 100, valAcc: 0.52 }]);
  });

  it('takes a third of the way to chance on three classes', () => {
    const r: RunInput = { id: 'A', classes: 3, points: accPoints(Array.from({ length: 11 }, () => 0.4)), divergedAt: null };
    expect(replay([r]).filter((e) => e.kind === 'chance')).toHaveLength(1);
    const r2: RunInput = { ...r, points: accPoints(Array.from({ length: 11 }, () => 0.45)) };
    expect(replay([r2]).filter((e) => e.kind === 'chance')).toHaveLength(0);
  });

  it('says the first/last gradient ratio (mean of 5 points in log) each time it moves a factor of 10 from the last one said, not when it wobbles', () => {
    const ratios = [...Array(5).fill(1), ...Array(10).fill(0.01), ...Array(10).fill(1e-4), ...Array.from({ length: 10 }, (_, i) => (i % 2 ? 3e-4 : 1e-4))];
    const events = replay([run('A', accPoints(ratios.map(() => 0.5), (i) => ratios[i]))]).filter((e) => e.kind === 'ratio');
    // Window means of log10: 0 … −0.4, −0.8, −1.2 (said), …, −2; then −2.4 (said), −2.8, −3.2, −3.6 (said), −4; the wobble stays within ×10.
    expect(events.map((e) => e.step)).toEqual([70, 150, 180]);
    const logs = events.map((e) => Math.log10((e as { ratio: number }).ratio));
    [-1.2, -2.4, -3.6].forEach((v, i) => expect(logs[i]).toBeCloseTo(v, 9));
  });

  it('says over-fitting once validation loss has stayed more than 10 % above its best for 5 points and 100 steps', () => {
    const losses = [0.6, 0.5, 0.4, 0.42, 0.45, 0.47, 0.5, 0.52, 0.55, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3];
    const events = replay([run('A', accPoints(losses.map(() => 0.8), () => 1, (i) => losses[i]))]);
    const over = events.filter((e) => e.kind === 'overfit');
    // Best 0.4 at step 20; step 120 is the first point ≥ 5 points and 100 steps later and above 0.44 (0.9).
    expect(over).toEqual([{ kind: 'overfit', run: 'A', step: 120, bestStep: 20, bestLoss: 0.4, valLoss: 0.9 }]);
  });

  it('does not call a tiny loss creeping up by a few thousandths over-fitting', () => {
    const losses = Array.from({ length: 30 }, (_, i) => (i < 3 ? 0.019 : 0.0215));
    const events = replay([run('A', accPoints(losses.map(() => 0.99), () => 1, (i) => losses[i]))]);
    expect(events.filter((e) => e.kind === 'overfit')).toEqual([]);
  });

  it('does not call a noisy plateau over-fitting', () => {
    const losses = Array.from({ length: 30 }, (_, i) => 0.4 + (i % 2 ? 0.03 : 0));
    const events = replay([run('A', accPoints(losses.map(() => 0.8), () => 1, (i) => losses[i]))]);
    expect(events.filter((e) => e.kind === 'overfit')).toEqual([]);
  });

  it('says a divergence once', () => {
    let memo = emptyMemo('k');
    const r = run('A', accPoints([0.5, 0.5]), 15);
    const first = detectMilestones(memo, 'k', [r], 20, MARKS);
    memo = first.memo;
    expect(first.events.filter((e) => e.kind === 'diverged')).toEqual([{ kind: 'diverged', run: 'A', step: 15 }]);
    expect(detectMilestones(memo, 'k', [r], 30, MARKS).events).toEqual([]);
  });

  it('says the horizon once, only after the counter was seen below it', () => {
    const r = run('A', accPoints([0.5]));
    let memo = emptyMemo('k');
    memo = detectMilestones(memo, 'k', [r], 390, MARKS).memo;
    const at = detectMilestones(memo, 'k', [r], 400, MARKS);
    expect(at.events).toEqual([{ kind: 'horizon', step: 400 }]);
    expect(detectMilestones(at.memo, 'k', [r], 410, MARKS).events).toEqual([]);
    // A counter already past the horizon when watching begins is not news.
    const late = detectMilestones(detectMilestones(emptyMemo('k'), 'k', [r], 500, MARKS).memo, 'k', [r], 510, MARKS);
    expect(late.events).toEqual([]);
  });

  it('says a race’s horizon once, when it is reached, with the seconds every run has trained', () => {
    const r = run('A', accPoints([0.5]));
    const race = (reached: boolean, seconds: number) => ({ quarter: 0, horizon: 0, race: { reached, seconds } });
    let memo = emptyMemo('k');
    memo = detectMilestones(memo, 'k', [r], 3000, race(false, 12.4)).memo;
    const at = detectMilestones(memo, 'k', [r], 3400, race(true, 14.2));
    expect(at.events).toEqual([{ kind: 'horizon', step: 3400, seconds: 14.2 }]);
    expect(detectMilestones(at.memo, 'k', [r], 3600, race(true, 15)).events).toEqual([]);
    // A race already reached when watching begins is not news; a step lesson with no horizon says nothing.
    const late = detectMilestones(detectMilestones(emptyMemo('k'), 'k', [r], 500, race(true, 30)).memo, 'k', [r], 510, race(true, 31));
    expect(late.events).toEqual([]);
    const none = detectMilestones(detectMilestones(emptyMemo('k'), 'k', [r], 5, { quarter: 0, horizon: 0 }).memo, 'k', [r], 10, { quarter: 0, horizon: 0 });
    expect(none.events).toEqual([]);
  });

  it('starts over for new runs, and re-arms the horizon (not the runs) for another lesson', () => {
    const r = run('A', accPoints([0.5, 0.95]));
    const seen = detectMilestones(emptyMemo('A', 'one'), 'A', [r], 10, MARKS, 'one');
    const again = detectMilestones(seen.memo, 'A,B', [r, run('B', [])], 10, MARKS, 'one');
    expect(again.restarted).toBe(true);
    expect(again.events.map((e) => e.kind)).toEqual(['accuracy']);
    // A lesson change with the old runs still showing: nothing new about them, and a counter past the new horizon is not news.
    const other = detectMilestones(seen.memo, 'A', [r], 500, MARKS, 'two');
    expect(other).toMatchObject({ events: [], restarted: false });
    expect(detectMilestones(other.memo, 'A', [r], 510, MARKS, 'two').events).toEqual([]);
  });

  it('starts over when the history goes back in time (reset), saying milestones again', () => {
    const r = run('A', accPoints([0.5, 0.7]));
    const first = detectMilestones(detectMilestones(emptyMemo('k'), 'k', [run('A', [])], 0, MARKS).memo, 'k', [r], 10, MARKS);
    expect(first.events.map((e) => e.kind)).toEqual(['accuracy']);
    const reset = detectMilestones(first.memo, 'k', [run('A', [])], 0, MARKS);
    expect(reset.restarted).toBe(true);
    expect(detectMilestones(reset.memo, 'k', [r], 10, MARKS).events.map((e) => e.kind)).toEqual(['accuracy']);
  });

  it('leaves the memo it was given unchanged', () => {
    const memo = detectMilestones(emptyMemo('k'), 'k', [run('A', accPoints([0.5]))], 0, MARKS).memo;
    const copy = JSON.parse(JSON.stringify(memo));
    detectMilestones(memo, 'k', [run('A', accPoints([0.5, 0.95]))], 10, MARKS);
    expect(JSON.parse(JSON.stringify(memo))).toEqual(copy);
  });
});

describe('isGoodNews', () => {
  it('calls accuracy and the horizon good, chance, over-fitting and divergence trouble, and a ratio good only within ×10 of balanced', () => {
    expect(isGoodNews({ kind: 'accuracy', run: 'A', step: 1, threshold: 0.6, valAcc: 0.6 })).toBe(true);
    expect(isGoodNews({ kind: 'horizon', step: 1 })).toBe(true);
    expect(isGoodNews({ kind: 'chance', run: 'A', step: 1, valAcc: 0.5 })).toBe(false);
    expect(isGoodNews({ kind: 'diverged', run: 'A', step: 1 })).toBe(false);
    expect(isGoodNews({ kind: 'overfit', run: 'A', step: 1, bestStep: 0, bestLoss: 0.1, valLoss: 0.3 })).toBe(false);
    expect(isGoodNews({ kind: 'ratio', run: 'A', step: 1, ratio: 1e-4 })).toBe(false);
    expect(isGoodNews({ kind: 'ratio', run: 'A', step: 1, ratio: 0.3 })).toBe(true);
  });
});
