import { afterEach, expect, it, vi } from 'vitest';
import { syncUrl } from '../../src/state/actions.ts';
import { loadOwnDataTools, ownDataTools } from '../../src/state/ownData/lazy.ts';
import { encodeOwnData, type OwnData } from '../../src/state/ownData/tools.ts';
import { loadOwnData } from '../../src/state/ownDataActions.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';

const points: OwnData = { classes: 2, points: [{ x: 0.5, y: 0.5, label: 0, split: 'train' }, { x: -0.5, y: -0.5, label: 1, split: 'train' }] };

afterEach(() => {
  vi.useRealTimers();
});

it('writes own data into the link once its codec arrives, when the data came first (a host page’s setData)', async () => {
  vi.useFakeTimers();
  const written: string[] = [];
  const win = { history: { replaceState: (_: unknown, __: string, url: string) => written.push(url) } } as unknown as Window;
  useLab.setState({ ...initialLabState }, true);
  const stop = syncUrl(win);
  expect(ownDataTools()).toBeNull();
  loadOwnData(points);
  vi.runAllTimers();
  expect(new URLSearchParams(written.at(-1)).has('data')).toBe(false);
  await loadOwnDataTools();
  vi.runAllTimers();
  expect(new URLSearchParams(written.at(-1)).get('data')).toBe(encodeOwnData(points));
  stop();
});
