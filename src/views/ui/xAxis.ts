import { useMemo } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { currentLesson, selectAxisSteps } from '../../state/horizon.ts';
import type { ViewState } from '../../state/stream.ts';

/** What a point's x is: its step (lock-step), or its run's seconds of training (race mode). */
export type XOf = (p: HistoryPoint) => number;
/** x = the step. */
export const byStep: XOf = (p) => p.step;
/** x = wall-clock seconds the run has trained (HistoryPoint.seconds). */
export const bySeconds: XOf = (p) => p.seconds;

/** [first, last] step over several series, the last at least spanTo (a lesson's horizon: the chart fills as it plays); [0, 1] when there is nothing. */
export function stepDomain(series: readonly (readonly { step: number }[])[], spanTo = 0): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    if (s.length === 0) continue;
    lo = Math.min(lo, s[0].step);
    hi = Math.max(hi, s[s.length - 1].step);
  }
  if (lo > hi) return spanTo > 0 ? [0, spanTo] : [0, 1];
  hi = Math.max(hi, spanTo);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

/** x domain of a race, in seconds of training: from 0 to the latest point of any run, at least to `spanTo`. */
export function secondsDomain(series: readonly (readonly HistoryPoint[])[], spanTo = 0): [number, number] {
  let hi = 0;
  for (const points of series) if (points.length) hi = Math.max(hi, points[points.length - 1].seconds);
  hi = Math.max(hi, spanTo);
  return [0, hi > 0 ? hi : 1];
}

/**
 * The end of an axis that grows with training, rounded up to a "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8
 * × 10^k): the scale, its ticks and the text of every axis then stay put for many redraws instead of creeping with
 * each new step, and the newest point sits at most a fifth of the width short of the right edge.
 */
export function niceEnd(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return v;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of NICE) if (m * p >= v * (1 - 1e-12)) return m * p;
  return 10 * p;
}
const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A seconds tick: "12.5". */
export const formatSeconds = (v: number): string => String(Number(v.toFixed(1)));

/** The x-axis every training chart shares: steps in lock-step, seconds of training in a race. */
export interface XAxis {
  race: boolean;
  xOf: XOf;
  domain: [number, number];
}

/**
 * The x-axis of charts over the runs' history, from the frame's snapshot `lab` (the same one the series come from).
 * Lock-step: steps, spanning the lesson's horizon while short of it. Race (each run as fast as its setup allows):
 * seconds of training, spanning a time horizon until it is reached, then the data's own range.
 */
export function useXAxis(lab: Pick<ViewState, 'mode' | 'lessonId' | 'horizonReached'>, series: readonly (readonly HistoryPoint[])[]): XAxis {
  const race = lab.mode === 'race';
  const axisSteps = selectAxisSteps(lab);
  const h = currentLesson(lab).horizon;
  const spanSeconds = h.unit === 'seconds' && !lab.horizonReached ? h.value : 0;
  const [lo, hi] = race ? secondsDomain(series, spanSeconds) : stepDomain(series, axisSteps);
  // While the data is short of a lesson's horizon the axis spans exactly to it.
  const end = hi === (race ? spanSeconds : axisSteps) ? hi : niceEnd(hi);
  // The same array while the ends stay, so the charts' scales and axes do not change with each new point.
  return useMemo(() => ({ race, xOf: race ? bySeconds : byStep, domain: [lo, end] }), [race, lo, end]);
}
