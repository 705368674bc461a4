import { describe, expect, it } from 'vitest';
import { format, MESSAGES, type MessageKey } from '../../src/i18n/index.ts';
import type { Comparison } from '../../src/state/lessons.ts';
import { runLabel } from '../../src/state/runLabel.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(MESSAGES.en[key], params);

describe('runLabel', () => {
  it('names a run by its id and the value of the compared knob', () => {
    const c: Comparison = { knob: 'activation', values: ['sigmoid', 'relu'] };
    expect(runLabel(t, c, 0)).toBe('A · Sigmoid');
    expect(runLabel(t, c, 1)).toBe('B · ReLU');
  });

  it('names numeric knobs with the knob name and both knobs of a grid', () => {
    const c: Comparison = { knob: 'activation', values: ['sigmoid', 'relu'], knob2: 'dropoutHidden', values2: [0, 0.5] };
    expect(runLabel(t, c, 3)).toBe('D · ReLU, Hidden dropout 0.5');
  });

  it('falls back to the id for a run the comparison no longer has (runs are one message behind)', () => {
    const c: Comparison = { knob: 'activation', values: ['relu'] };
    expect(runLabel(t, c, 1)).toBe('B');
  });
});
