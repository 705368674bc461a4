import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from '../../../src/i18n/index.ts';
import type { Translate } from '../../../src/views/ui/useT.ts';
import { describeRunText, describeText, milestoneText, statusText, utteranceText, type DescribeRun } from '../../../src/views/narrator/wording.ts';
import { stats } from '../chartFixtures.ts';

const tr = (lang: 'en' | 'ko'): Translate => (key, params) => format(MESSAGES[lang][key], params);
const en = tr('en');
const ko = tr('ko');
const label = (id: string) => (id === 'A' ? 'A · Sigmoid' : 'B · ReLU');

const run: DescribeRun = {
  label: 'A · Sigmoid',
  step: 400,
  trainLoss: 0.69312,
  valLoss: 0.6942,
  trainAcc: 0.5,
  valAcc: 0.4987,
  ratio: 2.04e-5,
  hidden: [stats({ saturated: 0.12 }), stats({ saturated: 0.874 }), stats({ saturated: 0.3 })],
  healthKind: 'saturated',
  divergedAt: null,
};

describe('narrator wording', () => {
  it('names the run, the threshold, the step and the accuracy as the table shows it', () => {
    expect(milestoneText(en, label, { kind: 'accuracy', run: 'B', step: 180, threshold: 0.9, valAcc: 0.9034 }, '')).toBe(
      'B · ReLU passed 90 % validation accuracy at step 180 (0.903).',
    );
    expect(milestoneText(ko, label, { kind: 'accuracy', run: 'B', step: 180, threshold: 0.9, valAcc: 0.9034 }, '')).toBe(
      'B · ReLU: 180단계에서 검증 정확도 90%를 넘었습니다(0.903).',
    );
  });

  it('writes a gradient ratio as a power of ten and the horizon with the lesson answer', () => {
    expect(milestoneText(en, label, { kind: 'ratio', run: 'A', step: 300, ratio: 1.2e-5 }, '')).toBe(
      "A · Sigmoid: the first hidden layer gets 10⁻⁵ × the last one's gradient (step 300).",
    );
    expect(milestoneText(en, label, { kind: 'horizon', step: 1500 }, 'Only the ReLU network')).toBe(
      "Step 1500: the lesson's point is made. Answer: Only the ReLU network.",
    );
    expect(milestoneText(en, label, { kind: 'horizon', step: 4080, seconds: 14.6 }, 'SIMD with batch norm')).toBe(
      'After 15 s of training each: the race has made its point. Answer: SIMD with batch norm.',
    );
    // Under ten seconds, to a tenth: a fast race is not "0 s".
    expect(milestoneText(en, label, { kind: 'horizon', step: 900, seconds: 0.43 }, 'x')).toContain('After 0.4 s of training each');
  });

  it('puts the status line first, then the milestones, in one announcement', () => {
    const text = utteranceText(en, label, { events: [{ kind: 'diverged', run: 'A', step: 12 }], status: true }, '', () =>
      statusText(en, 20, [
        { label: 'A · Sigmoid', valAcc: 0.5 },
        { label: 'B · ReLU', valAcc: undefined },
      ]),
    );
    expect(text).toBe('Step 20. Validation accuracy: A · Sigmoid 0.500, B · ReLU —. A · Sigmoid diverged at step 12.');
  });

  it('describes a run in full: step, losses, accuracies, ratio and its most saturated layer', () => {
    expect(describeRunText(en, run)).toBe(
      'A · Sigmoid: step 400; training loss 0.693, validation loss 0.694; training accuracy 0.500, validation accuracy 0.499; first/last gradient 2×10⁻⁵; most saturated: layer 2, 87 %.',
    );
    expect(describeRunText(ko, run)).toContain('가장 많이 포화된 층: 2층, 87%');
  });

  it('says when no layer is dead, when a run diverged and when nothing trained yet', () => {
    expect(describeRunText(en, { ...run, healthKind: 'dead', ratio: 'single' })).toContain('one hidden layer, no first/last gradient ratio; no dead units.');
    expect(describeRunText(en, { ...run, divergedAt: 33 })).toBe('A · Sigmoid: diverged at step 33.');
    expect(describeRunText(en, { ...run, step: null })).toBe('A · Sigmoid: no training yet.');
  });

  it('starts a description with training or paused and the step', () => {
    expect(describeText(en, 410, false, [run]).startsWith('Paused at step 410. A · Sigmoid: step 400;')).toBe(true);
    expect(describeText(ko, 410, true, []).length).toBeGreaterThan(0);
  });
});
