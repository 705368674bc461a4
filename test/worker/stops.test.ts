import { describe, expect, it } from 'vitest';
import { createStops } from '../../src/worker/stops.ts';

describe('createStops', () => {
  it('bars lock-step training at a pool’s limit and says it is held once, when it becomes so', () => {
    const stops = createStops();
    expect(stops.atLimit(1e9)).toBe(false);
    stops.setLimit(25, 0);
    expect(stops.atLimit(24)).toBe(false);
    expect(stops.atLimit(25)).toBe(true);
    expect(stops.hold(24, 'lockstep')).toBe(false);
    expect(stops.hold(25, 'lockstep')).toBe(true);
    expect(stops.hold(25, 'lockstep')).toBe(false);
    expect(stops.held).toBe(true);
  });

  it('never holds a race', () => {
    const stops = createStops();
    stops.setLimit(5, 0);
    expect(stops.hold(9, 'race')).toBe(false);
    expect(stops.held).toBe(false);
  });

  it('frees held training when the limit rises past the step or goes, not when it still bars', () => {
    const stops = createStops();
    stops.setLimit(25, 0);
    stops.hold(25, 'lockstep');
    expect(stops.setLimit(25, 25)).toBe(false);
    expect(stops.held).toBe(true);
    expect(stops.setLimit(60, 25)).toBe(true);
    expect(stops.held).toBe(false);
    expect(stops.setLimit(70, 25)).toBe(false);
    stops.setLimit(25, 25);
    stops.hold(25, 'lockstep');
    expect(stops.setLimit(null, 25)).toBe(true);
  });

  it('is not held after release (new runs)', () => {
    const stops = createStops();
    stops.setLimit(0, 0);
    stops.hold(0, 'lockstep');
    stops.release();
    expect(stops.held).toBe(false);
  });

  it('reaches the step Play was told to pause at, and any step past it; none without one', () => {
    const stops = createStops();
    expect(stops.reached(1e9)).toBe(false);
    stops.pauseAt(25);
    expect([24, 25, 26].map(stops.reached)).toEqual([false, true, true]);
    stops.pauseAt(null);
    expect(stops.reached(26)).toBe(false);
  });
});
