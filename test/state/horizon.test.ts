import { describe, expect, it } from 'vitest';
import { effectiveSpeed, playUntil, selectAxisSteps, selectHorizon, selectHorizonReached } from '../../src/state/horizon.ts';
import { findLesson } from '../../src/state/lessons.ts';

const loss = findLesson('loss')!;
const H = loss.horizon.value;

describe('the lesson horizon in the store', () => {
  it('is reached once the step counter gets to the open lesson’s horizon, not before', () => {
    expect(selectHorizonReached({ lessonId: 'loss', step: H - 1 })).toBe(false);
    expect(selectHorizonReached({ lessonId: 'loss', step: H })).toBe(true);
    expect(selectHorizon({ lessonId: 'loss', step: H + 5 })).toEqual({ unit: 'steps', value: H, reached: true });
  });

  it('makes Play stop at the horizon while short of it, and keep training past it', () => {
    expect(playUntil({ lessonId: 'loss', step: 0 })).toBe(H);
    expect(playUntil({ lessonId: 'loss', step: H - 1 })).toBe(H);
    expect(playUntil({ lessonId: 'loss', step: H })).toBeUndefined();
  });

  it('spans every step axis over the horizon', () => {
    expect(selectAxisSteps({ lessonId: 'loss' })).toBe(H);
  });

  it('trains at the lesson’s pace unless a speed was chosen (a number, or max = as fast as possible)', () => {
    expect(effectiveSpeed({ lessonId: 'loss', speed: null })).toBe(loss.pace);
    expect(effectiveSpeed({ lessonId: 'batchnorm', speed: null })).toBe(findLesson('batchnorm')!.pace);
    expect(effectiveSpeed({ lessonId: 'loss', speed: 200 })).toBe(200);
    expect(effectiveSpeed({ lessonId: 'loss', speed: 'max' })).toBeNull();
  });
});
