import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/embed/validate.ts';

const T = 'backprop-lab';

describe('the host sets the seeds', () => {
  it('takes a whole number of seeds from 1 to 20', () => {
    for (const seeds of [1, 10, 20]) expect(parseMessage({ target: T, type: 'set', seeds })).toEqual({ kind: 'command', command: { type: 'set', seeds } });
  });

  it('refuses 0, 21, 2.5, a string or seeds beside another form, naming why', () => {
    for (const seeds of [0, 21, 2.5, '10', null]) {
      const p = parseMessage({ target: T, type: 'set', seeds });
      expect(p.kind, JSON.stringify(seeds)).toBe('invalid');
      expect(p.kind === 'invalid' && p.reason).toMatch(/seeds/);
    }
    expect(parseMessage({ target: T, type: 'set', seeds: 3, lesson: 'deeper' }).kind).toBe('invalid');
  });
});
