import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../src/protocol.ts';
import { effectiveSpeed, horizonFacts, playUntil, selectAxisSteps, selectHorizon } from '../../src/state/horizon.ts';
import type { RunDerived } from '../../src/state/series.ts';
import { findLesson } from '../../src/state/lessons.ts';

const loss = findLesson('loss')!;
const H = loss.horizon.value;
const hardware = findLesson('hardware')!;

/** The merge's horizon facts at a step, for runs that have trained the given seconds to the given validation accuracy. */
function at(lessonId: string, step: number, runs: { seconds: number; valAcc: number }[] = [], wasReached = false) {
  const derived = runs.map((r): RunDerived => ({
    gradExtent: { gradNorm: [Infinity, -Infinity], deltaNorm: [Infinity, -Infinity] },
    last: { step, seconds: r.seconds, valAcc: r.valAcc } as HistoryPoint,
    layers: undefined,
    step,
    seconds: r.seconds,
  }));
  return horizonFacts(findLesson(lessonId)!, step, derived, wasReached);
}

describe('the lesson horizon, as the merge derives it', () => {
  it('is reached once the step counter gets to the open lesson’s horizon, not before', () => {
    expect(at('loss', H - 1).horizonReached).toBe(false);
    expect(at('loss', H).horizonReached).toBe(true);
    expect(selectHorizon({ lessonId: 'loss', horizonReached: true })).toEqual({ unit: 'steps', value: H, reached: true });
  });

  it('is reached in a race once every run has trained the horizon’s seconds, or every run has reached the target', () => {
    expect(hardware.horizon).toEqual({ unit: 'seconds', value: 30 });
    const target = hardware.target!.valAcc;
    expect(at('hardware', 5000, [{ seconds: 29, valAcc: 0.5 }, { seconds: 31, valAcc: 0.5 }]).horizonReached).toBe(false);
    expect(at('hardware', 5000, [{ seconds: 30, valAcc: 0.5 }, { seconds: 31, valAcc: 0.5 }]).horizonReached).toBe(true);
    expect(at('hardware', 50, [{ seconds: 2, valAcc: target }, { seconds: 3, valAcc: 0.5 }]).horizonReached).toBe(false);
    expect(at('hardware', 50, [{ seconds: 2, valAcc: target }, { seconds: 3, valAcc: target + 0.01 }]).horizonReached).toBe(true);
    expect(at('hardware', 0).horizonReached).toBe(false);
    expect(at('hardware', 9, [{ seconds: 4, valAcc: 0 }, { seconds: 2.5, valAcc: 0 }]).raceSeconds).toBe(2.5);
  });

  it('stays reached once reached, until the runs are rebuilt', () => {
    expect(at('hardware', 60, [{ seconds: 2, valAcc: 0.5 }], true).horizonReached).toBe(true);
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
