import { useMemo, type RefObject } from 'react';
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

/**
 * The gradient view's data from the page's frame clock; `box`: the panel's element (slower while out of sight),
 * `every`: least ms between redraws while training (0 for the lines, TEXT_MS for text).
 */
export function useGradientData(box?: RefObject<Element | null>, every = 0): GradientData {
  const lab = useFrame(every, box);
  const series = useMemo(() => lab.runs.map((r) => lab.history[r.id] ?? EMPTY), [lab.runs, lab.history]);
  const derived = useMemo(() => lab.runs.map((r) => derivedOf(lab, r.id)), [lab.runs, lab.derived]);
  return { lab, series, derived };
}
