import { describe, expect, it } from 'vitest';
import { createPace, raceSlice } from '../../src/worker/pace.ts';
import { builtRunSet } from './harness.ts';

/** A clock the test moves (ms), and a step that costs `cost` ms of it. */
function clock(cost = 0) {
  const c = { t: 1000, steps: 0, now: () => c.t, step: () => { c.steps++; c.t += cost; } };
  return c;
}

describe('createPace', () => {
  it('at a set speed takes the steps due since Play, so a late slice catches up', () => {
    const c = clock();
    const pace = createPace(c.now);
    pace.setSpeed(20);
    pace.restart();
    c.t += 500;
    pace.slice(c.t, () => true, c.step);
    expect(c.steps).toBe(10);
    c.t += 60;
    pace.slice(c.t, () => true, c.step);
    expect(c.steps).toBe(11);
  });

  it('counts the pace anew from Play and from a new speed, without a burst for the time paused', () => {
    const c = clock();
    const pace = createPace(c.now);
    pace.setSpeed(20);
    c.t += 10_000;
    pace.restart();
    pace.slice(c.t + 100, () => true, c.step);
    expect(c.steps).toBe(2);
    c.t += 10_000;
    pace.setSpeed(10);
    pace.slice(c.t + 100, () => true, c.step);
    expect(c.steps).toBe(3);
  });

  it('at full speed steps until the slice’s 14 ms are spent, the step limit is met or canStep says no', () => {
    const slow = clock(5);
    const pace = createPace(slow.now);
    pace.slice(slow.t, () => true, slow.step);
    expect(slow.steps).toBe(3);
    const still = clock(0);
    createPace(still.now).slice(still.t, () => true, still.step);
    expect(still.steps).toBe(2000);
    const barred = clock(0);
    createPace(barred.now).slice(barred.t, () => barred.steps < 7, barred.step);
    expect(barred.steps).toBe(7);
  });

  it('stops a paced slice at 14 ms too, and when canStep says no', () => {
    const c = clock(5);
    const pace = createPace(c.now);
    pace.setSpeed(1000);
    c.t += 100;
    pace.slice(c.t, () => true, c.step);
    expect(c.steps).toBe(3);
    const barred = clock(0);
    const p2 = createPace(barred.now);
    p2.setSpeed(1000);
    barred.t += 100;
    p2.slice(barred.t, () => barred.steps < 4, barred.step);
    expect(barred.steps).toBe(4);
  });

  it('waits out the rest of a step’s time at a set speed, and not at all at full speed', () => {
    const c = clock();
    const pace = createPace(c.now);
    expect(pace.wait(c.t - 10)).toBe(0);
    pace.setSpeed(20);
    expect(pace.wait(c.t - 10)).toBe(40);
    expect(pace.wait(c.t - 80)).toBe(0);
  });

  it('takes null, 0, a negative or NaN speed as full speed', () => {
    for (const speed of [null, 0, -3, NaN]) {
      const c = clock(0);
      const pace = createPace(c.now);
      pace.setSpeed(20);
      pace.setSpeed(speed);
      expect(pace.wait(c.t - 10), String(speed)).toBe(0);
      pace.slice(c.t, () => true, c.step);
      expect(c.steps, String(speed)).toBe(2000);
    }
  });
});

describe('raceSlice', () => {
  it('gives each run still training the same share of the slice, none to a diverged one, and the furthest step to the comparison', () => {
    const set = builtRunSet();
    // Every reading of this clock costs 0.25 ms, whichever run reads it: equal shares mean equal steps.
    let t = 0;
    const now = () => (t += 0.25);
    raceSlice(set, now);
    const [a, b] = set.trained;
    expect(a.step).toBeGreaterThan(1);
    expect(b.step).toBe(a.step);
    expect(set.step).toBe(a.step);
    b.divergence = { step: b.step, reason: 'lossNonFinite', learningRate: 1 };
    const before = b.step;
    raceSlice(set, now);
    expect(b.step).toBe(before);
    expect(a.step).toBeGreaterThan(2 * before);
    expect(set.step).toBe(a.step);
  });
});
