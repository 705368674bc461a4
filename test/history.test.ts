import { describe, expect, it } from 'vitest';
import { appendBounded, BASE_STRIDE, HISTORY_CAP, historyStride, isRecordedStep } from '../src/history.ts';

describe('bounded history', () => {
  it('records every BASE_STRIDE steps at first', () => {
    expect(historyStride(0)).toBe(BASE_STRIDE);
    expect(isRecordedStep(0)).toBe(true);
    expect(isRecordedStep(BASE_STRIDE)).toBe(true);
    expect(isRecordedStep(BASE_STRIDE + 1)).toBe(false);
  });

  it('keeps at most HISTORY_CAP points over a million steps, still spanning step 0 to the latest', () => {
    const series: { step: number }[] = [];
    for (let s = 0; s <= 1_000_000; s++) {
      if (isRecordedStep(s)) appendBounded(series, [{ step: s }]);
    }
    expect(series.length).toBeLessThanOrEqual(HISTORY_CAP);
    expect(series.length).toBeGreaterThan(HISTORY_CAP / 2);
    expect(series[0].step).toBe(0);
    expect(1_000_000 - series[series.length - 1].step).toBeLessThanOrEqual(historyStride(1_000_000));
    const gaps = new Set(series.slice(1).map((p, i) => p.step - series[i].step));
    expect(gaps.size).toBe(1);
  });

  it('ends with the same points whether they arrive one by one or in batches', () => {
    const one: { step: number }[] = [];
    const batched: { step: number }[] = [];
    let batch: { step: number }[] = [];
    for (let s = 0; s <= 50_000; s += BASE_STRIDE) {
      if (!isRecordedStep(s)) continue;
      appendBounded(one, [{ step: s }]);
      batch.push({ step: s });
      if (batch.length === 37) {
        appendBounded(batched, batch);
        batch = [];
      }
    }
    appendBounded(batched, batch);
    expect(batched.map((p) => p.step)).toEqual(one.map((p) => p.step));
  });

  it('ignores points at or before the last stored step', () => {
    const series = appendBounded([{ step: 0 }, { step: 10 }], [{ step: 10 }, { step: 5 }, { step: 20 }]);
    expect(series.map((p) => p.step)).toEqual([0, 10, 20]);
  });
});
