import { describe, expect, it } from 'vitest';
import { manyRuns, viewLayout } from '../../../src/views/ui/viewLayout.ts';

const FONT = 16;

describe('viewLayout, the one description of presenter and many-run sizes', () => {
  it('is one object per mode and run class, so views can compare it by identity', () => {
    expect(viewLayout(false, 2)).toBe(viewLayout(false, 1));
    expect(viewLayout(true, 4)).toBe(viewLayout(true, 8));
    expect(viewLayout(true, 2)).not.toBe(viewLayout(false, 2));
    expect(manyRuns(2)).toBe(false);
    expect(manyRuns(3)).toBe(true);
  });

  it('draws flatter charts in presenter mode, so every view fits one screen', () => {
    for (const runs of [2, 4]) {
      const page = viewLayout(false, runs);
      const present = viewLayout(true, runs);
      expect(present.gradients.chartHeight(400, FONT)).toBeLessThan(page.gradients.chartHeight(400, FONT));
      expect(present.curves.height(600, FONT)).toBeLessThan(page.curves.height(600, FONT));
      expect(present.gradients.heatmapLines).toBe(6);
      expect(page.gradients.heatmapLines).toBeUndefined();
    }
  });

  it('packs more runs into narrower columns, tighter still on a projector', () => {
    expect(viewLayout(false, 4).gradients.columnEm).toBeLessThan(viewLayout(false, 2).gradients.columnEm);
    expect(viewLayout(true, 4).gradients.columnEm).toBeLessThan(viewLayout(false, 4).gradients.columnEm);
    expect(viewLayout(false, 4).health.columnEm).toBeLessThan(viewLayout(false, 2).health.columnEm);
    expect(viewLayout(true, 4).health.columnEm).toBeLessThan(viewLayout(false, 4).health.columnEm);
  });

  it('shrinks the health bars of a deep net only in presenter mode', () => {
    const present = viewLayout(true, 2).health;
    expect(present.rowLines(20)! * 20).toBeLessThanOrEqual(7.5);
    expect(present.rowLines(3)).toBe(1.15);
    expect(viewLayout(false, 2).health.rowLines(20)).toBeUndefined();
  });

  it('makes view boxes focusable (they may scroll) in presenter mode only', () => {
    expect(viewLayout(true, 2).boxTabIndex).toBe(0);
    expect(viewLayout(false, 8).boxTabIndex).toBeUndefined();
  });
});
