import { describe, expect, it } from 'vitest';
import { effectiveSpeed, playUntil, selectAxisSteps, selectHorizon, selectHorizonReached, selectRaceSeconds } from '../../src/state/horizon.ts';
import type { LabState } from '../../src/state/store.ts';
import { findLesson } from '../../src/state/lessons.ts';

const loss = findLesson('loss')!;
const H = loss.horizon.value;
const hardware = findLesson('hardware')!;

/** A store slice at a step, with runs that have trained the given seconds to the given validation accuracy. */
function at(lessonId: string, step: number, runs: { seconds: number; valAcc: number }[] = []) {
  return {
    lessonId,
    step,
    runs: runs.map((_, i) => ({ id: String.fromCharCode(65 + i) }) as LabState['runs'][number]),
    history: Object.fromEntries(runs.map((r, i) => [String.fromCharCode(65 + i), [{ step, valAcc: r.valAcc, seconds: r.seconds }]])) as unknown as LabState['history'],
    live: {},
    raceReached: false,
  };
}

describe('the lesson horizon in the store', () => {
  it('is reached once the step counter gets to the open lesson’s horizon, not before', () => {
    expect(selectHorizonReached(at('loss', H - 1))).toBe(false);
    expect(selectHorizonReached(at('loss', H))).toBe(true);
    expect(selectHorizon(at('loss', H + 5))).toEqual({ unit: 'steps', value: H, reached: true });
  });

  it('is reached in a race once every run has trained the horizon’s seconds, or every run has reached the target', () => {
    expect(hardware.horizon).toEqual({ unit: 'seconds', value: 30 });
    const target = hardware.target!.valAcc;
    expect(selectHorizonReached(at('hardware', 5000, [{ seconds: 29, valAcc: 0.5 }, { seconds: 31, valAcc: 0.5 }]))).toBe(false);
    expect(selectHorizonReached(at('hardware', 5000, [{ seconds: 30, valAcc: 0.5 }, { seconds: 31, valAcc: 0.5 }]))).toBe(true);
    expect(selectHorizonReached(at('hardware', 50, [{ seconds: 2, valAcc: target }, { seconds: 3, valAcc: 0.5 }]))).toBe(false);
    expect(selectHorizonReached(at('hardware', 50, [{ seconds: 2, valAcc: target }, { seconds: 3, valAcc: target + 0.01 }]))).toBe(true);
    expect(selectHorizonReached(at('hardware', 0))).toBe(false);
    expect(selectRaceSeconds(at('hardware', 9, [{ seconds: 4, valAcc: 0 }, { seconds: 2.5, valAcc: 0 }]))).toBe(2.5);
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
