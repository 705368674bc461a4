import type { HistoryPoint } from '../../protocol.ts';
import { gradRatio } from '../ui/gradRatio.ts';

/** Validation accuracies whose first crossing is announced. */
export const ACC_THRESHOLDS = [0.6, 0.9] as const;
/** Above chance by less than this (a share) still counts as "at chance". */
export const CHANCE_MARGIN = 0.1;
/** Validation loss this far above its best (relative, and at least OVERFIT_MIN_RISE in loss units: 0.019 → 0.021 is not news) … */
export const OVERFIT_RISE = 0.1;
export const OVERFIT_MIN_RISE = 0.02;
/** … for at least this many recorded points and steps after the best counts as over-fitting. */
export const OVERFIT_POINTS = 5;
export const OVERFIT_STEPS = 100;
/** The first/last ratio is judged on the geometric mean of this many latest recorded points (it jumps about per batch). */
export const RATIO_POINTS = 5;

/** Something worth saying about the running comparison. Steps are training steps. */
export type Milestone =
  | { kind: 'accuracy'; run: string; step: number; threshold: number; valAcc: number }
  | { kind: 'chance'; run: string; step: number; valAcc: number }
  | { kind: 'ratio'; run: string; step: number; ratio: number }
  | { kind: 'overfit'; run: string; step: number; bestStep: number; bestLoss: number; valLoss: number }
  | { kind: 'diverged'; run: string; step: number }
  /** The lesson's horizon reached; `seconds`: a race's (every run's seconds of training, the slowest's). */
  | { kind: 'horizon'; step: number; seconds?: number };

/** Good news: an accuracy passed, the horizon reached, or the first/last ratio back within ×10 of balanced. */
export function isGoodNews(m: Milestone): boolean {
  if (m.kind === 'accuracy' || m.kind === 'horizon') return true;
  return m.kind === 'ratio' && Math.abs(Math.log10(m.ratio)) < 1;
}

/** What the detector reads of one run: its recorded history (oldest first), classes and divergence. */
export interface RunInput {
  id: string;
  classes: number;
  points: readonly HistoryPoint[];
  /** Step at which the run diverged, or null. */
  divergedAt: number | null;
}

/**
 * Lesson marks in steps: a quarter of the way in (the "still at chance" check) and the horizon (0: none).
 * A race's horizon is a time or a target, not a step: `race` says whether it is reached, and the seconds.
 */
export interface LessonMarks {
  quarter: number;
  horizon: number;
  race?: { reached: boolean; seconds: number };
}

interface RunMemo {
  /** Last recorded step already looked at (-1 before any). */
  seen: number;
  passed: number[];
  chanceChecked: boolean;
  /** log10 of the last first/last ratio said (0 = balanced, nothing said yet). */
  ratioSaid: number;
  /** log10 of the first/last ratio at the latest recorded points, oldest first (at most RATIO_POINTS). */
  ratioLogs: number[];
  best: { loss: number; step: number } | null;
  pointsSinceBest: number;
  overfitSaid: boolean;
  divergedSaid: boolean;
}

/** The detector's memory; a fresh one after a reset or a new comparison. */
export interface MilestoneMemo {
  runs: Record<string, RunMemo>;
  /** The step counter has been seen below the horizon under this key (so reaching it is news). */
  belowHorizon: boolean;
  horizonSaid: boolean;
  /** Identity of the runs watched (their ids); the history going back in time also starts over. */
  key: string;
  /** The lesson whose marks apply; another lesson re-arms the horizon. */
  lesson: string;
}

export function emptyMemo(key = '', lesson = ''): MilestoneMemo {
  return { runs: {}, belowHorizon: false, horizonSaid: false, key, lesson };
}

function freshRun(): RunMemo {
  return { seen: -1, passed: [], chanceChecked: false, ratioSaid: 0, ratioLogs: [], best: null, pointsSinceBest: 0, overfitSaid: false, divergedSaid: false };
}

function scanRun(m: RunMemo, r: RunInput, marks: LessonMarks, events: Milestone[]): void {
  const chance = 1 / Math.max(2, r.classes);
  for (const p of r.points) {
    if (p.step <= m.seen) continue;
    m.seen = p.step;
    // Accuracy: only the highest threshold newly passed at this point (90 % implies 60 %).
    const newly = ACC_THRESHOLDS.filter((th) => p.valAcc >= th && !m.passed.includes(th));
    if (newly.length) {
      m.passed.push(...newly);
      events.push({ kind: 'accuracy', run: r.id, step: p.step, threshold: newly[newly.length - 1], valAcc: p.valAcc });
    }
    if (!m.chanceChecked && marks.quarter > 0 && p.step >= marks.quarter) {
      m.chanceChecked = true;
      if (Number.isFinite(p.valAcc) && p.valAcc < chance + CHANCE_MARGIN) events.push({ kind: 'chance', run: r.id, step: p.step, valAcc: p.valAcc });
    }
    const ratio = gradRatio(p.layers);
    if (typeof ratio === 'number' && ratio > 0) {
      m.ratioLogs.push(Math.log10(ratio));
      if (m.ratioLogs.length > RATIO_POINTS) m.ratioLogs.shift();
      const mean = m.ratioLogs.reduce((a, b) => a + b, 0) / m.ratioLogs.length;
      if (Math.abs(mean - m.ratioSaid) >= 1) {
        // A factor of 10 away from the last ratio said (from balanced, 1, at first): hysteresis for free.
        m.ratioSaid = mean;
        events.push({ kind: 'ratio', run: r.id, step: p.step, ratio: 10 ** mean });
      }
    }
    if (!Number.isFinite(p.valLoss)) continue;
    if (m.best === null || p.valLoss < m.best.loss) {
      m.best = { loss: p.valLoss, step: p.step };
      m.pointsSinceBest = 0;
    } else if (
      ++m.pointsSinceBest >= OVERFIT_POINTS &&
      !m.overfitSaid &&
      p.step - m.best.step >= OVERFIT_STEPS &&
      p.valLoss > m.best.loss * (1 + OVERFIT_RISE) &&
      p.valLoss - m.best.loss >= OVERFIT_MIN_RISE
    ) {
      m.overfitSaid = true;
      events.push({ kind: 'overfit', run: r.id, step: p.step, bestStep: m.best.step, bestLoss: m.best.loss, valLoss: p.valLoss });
    }
  }
  if (r.divergedAt !== null && !m.divergedSaid) {
    m.divergedSaid = true;
    events.push({ kind: 'diverged', run: r.id, step: r.divergedAt });
  }
}

/**
 * New milestones since the previous call, the memory for the next (the memo passed in is not changed),
 * and whether detection started over (waiting announcements are then stale).
 * `key` names the runs watched: new runs, or a history that went back in time (reset, rebuilt runs),
 * start detection over. `lesson` names the lesson whose marks apply. Each kind is said once per run,
 * except the gradient ratio (smoothed over RATIO_POINTS points), said again whenever it moves another
 * factor of 10 from the last one said.
 */
export function detectMilestones(
  memo: MilestoneMemo,
  key: string,
  runs: readonly RunInput[],
  step: number,
  marks: LessonMarks,
  lesson = '',
): { memo: MilestoneMemo; events: Milestone[]; restarted: boolean } {
  const rewound =
    memo.key !== key ||
    runs.some((r) => {
      const m = memo.runs[r.id];
      return m !== undefined && m.seen >= 0 && (r.points.length === 0 || r.points[r.points.length - 1].step < m.seen);
    });
  const base = rewound ? emptyMemo(key, lesson) : memo;
  const next: MilestoneMemo = { ...base, runs: {} };
  if (next.lesson !== lesson) {
    // Another lesson: its horizon is news only once the counter has been seen below it.
    next.lesson = lesson;
    next.belowHorizon = false;
    next.horizonSaid = false;
  }
  const events: Milestone[] = [];
  for (const r of runs) {
    const prev = base.runs[r.id] ?? freshRun();
    const m: RunMemo = { ...prev, passed: prev.passed.slice(), ratioLogs: prev.ratioLogs.slice(), best: prev.best && { ...prev.best } };
    scanRun(m, r, marks, events);
    next.runs[r.id] = m;
  }
  const armed = marks.race !== undefined || marks.horizon > 0;
  const short = marks.race ? !marks.race.reached : step < marks.horizon;
  if (armed && short) next.belowHorizon = true;
  else if (armed && next.belowHorizon && !next.horizonSaid && runs.length > 0) {
    next.horizonSaid = true;
    events.push(marks.race ? { kind: 'horizon', step, seconds: marks.race.seconds } : { kind: 'horizon', step });
  }
  return { memo: next, events, restarted: rewound };
}
