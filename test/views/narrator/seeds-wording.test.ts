import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from '../../../src/i18n/index.ts';
import type { HistoryPoint } from '../../../src/protocol.ts';
import type { RunSpread } from '../../../src/state/seedSpread.ts';
import { seedsAbove } from '../../../src/views/narrator/narration.ts';
import type { Translate } from '../../../src/views/ui/useT.ts';
import { milestoneText } from '../../../src/views/narrator/wording.ts';

const en: Translate = (key, params) => format(MESSAGES.en[key], params);
const label = (id: string) => (id === 'A' ? 'A · Sigmoid' : 'B · ReLU');
const p = (valAcc: number): HistoryPoint => ({ step: 180, seconds: 1, epoch: 1, trainLoss: 0.3, trainAcc: valAcc, valLoss: 0.3, valAcc, layers: [] });
const spread = (points: (HistoryPoint | null)[]): RunSpread => ({ seeds: points.length, diverged: [], band: [], at: { step: 180, points } });

describe('narrator over several seeds', () => {
  const above = seedsAbove({ spread: { B: spread([p(0.95), p(0.91), p(0.6), null, p(0.9)]), A: spread([p(0.5)]) } });

  it('counts the seeds at or above a threshold at their newest common step, a diverged one among the seeds but not above', () => {
    expect(above('B', 0.9)).toEqual({ k: 3, n: 5 });
    expect(above('B', 0.6)).toEqual({ k: 4, n: 5 });
  });

  it('says nothing of seeds for a run with one seed or none merged', () => {
    expect(above('A', 0.9)).toBeNull();
    expect(above('C', 0.9)).toBeNull();
  });

  it('adds "in k of n seeds" to a passed accuracy', () => {
    expect(milestoneText(en, label, { kind: 'accuracy', run: 'B', step: 180, threshold: 0.9, valAcc: 0.91 }, '', above)).toBe(
      'B · ReLU passed 90 % validation accuracy at step 180 (0.910). At 90 % or above in 3 of 5 seeds.',
    );
    expect(milestoneText(en, label, { kind: 'accuracy', run: 'A', step: 180, threshold: 0.9, valAcc: 0.91 }, '', above)).toBe(
      'A · Sigmoid passed 90 % validation accuracy at step 180 (0.910).',
    );
  });
});
