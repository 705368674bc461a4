import type { Divergence } from '../../protocol.ts';
import type { Comparison } from '../../state/lessons.ts';
import type { RunInfo } from '../../protocol.ts';
import { runLabel } from '../../state/runLabel.ts';

import type { Translate } from './useT.ts';

export type { Translate };

/** Labels of the runs as people read them ("A · Sigmoid"), falling back to the worker's label. */
export function runLabels(t: Translate, comparison: Comparison, runs: readonly RunInfo[]): string[] {
  return runs.map((r, i) => (comparison.knob ? runLabel(t, comparison, i) : r.id));
}

/** The core sentence for a diverged run, with its step and learning rate. */
export function divergenceText(t: Translate, d: Divergence): string {
  return t(d.reason === 'lossNonFinite' ? 'divergedLoss' : 'divergedWeights', { step: d.step, lr: d.learningRate });
}
