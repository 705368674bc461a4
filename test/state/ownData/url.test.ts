import { beforeAll, describe, expect, it } from 'vitest';
import { loadOwnDataTools } from '../../../src/state/ownData/lazy.ts';
import { encodeOwnData, type OwnData } from '../../../src/state/ownData/tools.ts';
import { parseUrl, serializeUrl } from '../../../src/state/url.ts';

const drawn: OwnData = { classes: 2, points: [{ x: 0.5, y: 0.5, label: 0, split: 'train' }, { x: -0.5, y: -0.5, label: 1, split: 'val' }] };

describe('own data in the URL', () => {
  // The page loads the codec before it reads a link with data= (main.tsx); so do these tests.
  beforeAll(async () => {
    await loadOwnDataTools();
  });

  it('opens own data from dataset=own&data=…', () => {
    const { state, notices } = parseUrl(`dataset=own&data=${encodeOwnData(drawn)}`);
    expect(notices).toEqual([]);
    expect(state.config.dataset).toBe('own');
    expect(state.ownData).toEqual(drawn);
  });

  it('a malformed data parameter gives a notice and the lesson’s built-in set', () => {
    const { state, notices } = parseUrl('lesson=dropout&dataset=own&data=1q2AA*');
    expect(state.ownData).toBeNull();
    expect(state.config.dataset).toBe('moons');
    expect(notices).toEqual([
      { param: 'data', given: '1q2AA* (the data in the link is not usable: not base64url)', used: '—', kind: 'invalid' },
      { param: 'dataset', given: 'own', used: 'moons', kind: 'invalid' },
    ]);
  });

  it('dataset=own without data falls back to the built-in set with a notice', () => {
    const { state, notices } = parseUrl('dataset=own');
    expect(state.config.dataset).toBe('circles');
    expect(notices).toEqual([{ param: 'dataset', given: 'own', used: 'circles', kind: 'invalid' }]);
  });

  it('writes data into the link up to 300 points only', () => {
    const base = parseUrl('').state;
    expect(new URLSearchParams(serializeUrl({ ...base, ownData: drawn })).get('data')).toBe(encodeOwnData(drawn));
    const big: OwnData = { classes: 2, points: Array.from({ length: 301 }, () => drawn.points[0]) };
    expect(new URLSearchParams(serializeUrl({ ...base, ownData: big })).has('data')).toBe(false);
  });
});
