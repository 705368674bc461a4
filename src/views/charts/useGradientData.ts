import { useDeferredValue, useMemo } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { usePacedLab, type ViewState } from '../ui/usePacedLab.ts';
import { useThrottled } from './useThrottled.ts';

const EMPTY: readonly HistoryPoint[] = [];

/** Points (runs × layers × recorded steps) above which the gradient lines update at 10 Hz. */
const HEAVY_LINE_POINTS = 12_000;

/** What the gradient view draws from: a paced snapshot, its history and live numbers, and each run's series. */
export interface GradientData {
  lab: ViewState;
  live: ViewState['live'];
  /** One series per run of `lab.runs`, in order. */
  series: readonly (readonly HistoryPoint[])[];
}

/**
 * The gradient view's data from a paced snapshot, deferred (it re-renders at transition priority, in
 * slices, never blocking input) and, when the lines are many (8 runs × 21 layers), at 10 Hz.
 */
export function useGradientData(): GradientData {
  const lab = usePacedLab();
  const latest = useDeferredValue(lab.history);
  const lines = lab.runs.reduce((n, r) => n + r.layerSizes.length * (latest[r.id]?.length ?? 0), 0);
  const history = useThrottled(latest, lines > HEAVY_LINE_POINTS ? 100 : 0);
  const live = useDeferredValue(lab.live);
  const series = useMemo(() => lab.runs.map((r) => history[r.id] ?? EMPTY), [lab.runs, history]);
  return { lab, live, series };
}
