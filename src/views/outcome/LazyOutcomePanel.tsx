import { lazy, Suspense } from 'react';
import { isOrderedKnob } from '../../state/outcome.ts';
import { useLab } from '../../state/store.ts';

const OutcomePanel = lazy(() => import('./OutcomePanel.tsx').then((m) => ({ default: m.OutcomePanel })));

/** The outcome-by-knob panel, loaded the first time a comparison over one ordered knob trains over several seeds (it is not in the initial bundle). */
export function LazyOutcomePanel() {
  const shown = useLab((s) => s.seedsInUse > 1 && isOrderedKnob(s.comparison.knob) && !s.comparison.knob2);
  return shown ? (
    <Suspense fallback={null}>
      <OutcomePanel />
    </Suspense>
  ) : null;
}
