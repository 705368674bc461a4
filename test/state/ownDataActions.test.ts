import { beforeEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/embed/apply.ts';
import { addOwnPoint, clearOwnData, eraseOwnPoints } from '../../src/state/ownDataEdit.ts';
import { undoOwnData } from '../../src/state/ownDataActions.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';

describe('own data actions', () => {
  beforeEach(() => useLab.setState({ ...initialLabState }));

  it('setData from a host page makes every run train on the points, with N = the training points (at least the knob’s 10)', () => {
    const points = Array.from({ length: 30 }, (_, i) => ({ x: i / 30, y: 0, label: i % 2, split: i < 24 ? 'train' as const : 'val' as const }));
    applyCommand({ type: 'setData', data: { classes: 2, points } });
    const s = useLab.getState();
    expect(s.config.dataset).toBe('own');
    expect(s.config.trainSize).toBe(24);
    expect(s.ownData?.points).toEqual(points);
  });

  it('draws on the 1/1000 grid within ±1.5, erases by a drag, clears, and undoes each step', () => {
    addOwnPoint(0.12345, 2, 1, 'train');
    addOwnPoint(-0.5, -0.5, 0, 'val');
    expect(useLab.getState().ownData?.points).toEqual([
      { x: Math.fround(0.123), y: 1.5, label: 1, split: 'train' },
      { x: -0.5, y: -0.5, label: 0, split: 'val' },
    ]);
    expect(eraseOwnPoints(-0.45, -0.45, 0.1, true)).toBe(true);
    expect(useLab.getState().ownData?.points.length).toBe(1);
    clearOwnData();
    expect(useLab.getState().ownData?.points).toEqual([]);
    undoOwnData();
    expect(useLab.getState().ownData?.points.length).toBe(1);
    undoOwnData();
    expect(useLab.getState().ownData?.points.length).toBe(2);
  });
});
