import { describe, expect, it } from 'vitest';
import { format, MESSAGES } from '../../../src/i18n/index.ts';
import { formatPercent } from '../../../src/views/ui/percent.ts';
import type { Translate } from '../../../src/views/ui/useT.ts';

const tr = (lang: 'en' | 'ko'): Translate => (key, params) => format(MESSAGES[lang][key], params);

describe('formatPercent, the one percent format', () => {
  it('writes a share as a whole percentage, in each language’s spacing', () => {
    expect(formatPercent(tr('en'), 0.873)).toBe('87 %');
    expect(formatPercent(tr('ko'), 0.873)).toBe('87%');
    expect(formatPercent(tr('en'), 0.005)).toBe('1 %');
    expect(formatPercent(tr('en'), 1)).toBe('100 %');
    expect(formatPercent(tr('en'), 0)).toBe('0 %');
  });

  it('keeps the decimals a view asks for (the boundary captions: one)', () => {
    expect(formatPercent(tr('en'), 0.8734, 1)).toBe('87.3 %');
    expect(formatPercent(tr('ko'), 0.5, 1)).toBe('50.0%');
  });

  it('says — for a share that is missing or not finite', () => {
    for (const v of [undefined, null, NaN, Infinity, -Infinity]) expect(formatPercent(tr('en'), v)).toBe('—');
  });
});
