import { useMemo } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { derivedOf, type RunDerived } from '../../state/series.ts';
import { useFrame, type ViewState } from '../ui/useFrame.ts';

const EMPTY: readonly HistoryPoint[] = [];

/** What the gradient view draws from: the frame clock's snapshot, each run's series and derived numbers. */
export interface GradientData {
  lab: ViewState;
  /** One series per run of `lab.runs`, in order. */
  series: readonly (readonly HistoryPoint[])[];
  /** One per run of `lab.runs`, in order: extents and latest layer statistics. */
  derived: readonly RunDerived[];
}

/** The gradient view's data from the page's frame clock (every gradient part draws from the same kind of snapshot). */
export function useGradientData(): GradientData {
  const lab = useFrame();
  const series = useMemo(() => lab.runs.map((r) => lab.history[r.id] ?? EMPTY), [lab.runs, lab.history]);
  const derived = useMemo(() => lab.runs.map((r) => derivedOf(lab, r.id)), [lab.runs, lab.derived, lab.history, lab.live]);
  return { lab, series, derived };
}
