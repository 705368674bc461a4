import { describe, expect, it } from 'vitest';
import type { BoundaryMessage } from '../../src/protocol.ts';
import { createBoundaryPoster } from '../../src/worker/boundary.ts';
import { builtRunSet } from './harness.ts';

/** A boundary poster whose every clock reading moves `cost` ms on, so one grid costs `cost` ms. */
function poster(cost: number) {
  const sent: { msg: BoundaryMessage; transfer: Transferable[] }[] = [];
  let t = 0;
  const boundary = createBoundaryPoster((msg, transfer) => sent.push({ msg, transfer }), () => (t += cost));
  return { boundary, set: builtRunSet(), sent };
}

describe('createBoundaryPoster', () => {
  it('posts every run’s probabilities over the grid at the comparison’s step, their buffers transferred', () => {
    const { boundary, set, sent } = poster(1);
    set.step = 7;
    boundary.post(0, set);
    const [{ msg, transfer }] = sent;
    expect(msg).toMatchObject({ type: 'boundary', step: 7, grid: set.grid });
    expect(msg.predictions.map((p) => [p.id, p.outputs, p.probs.length])).toEqual([['A', 1, 48 * 48], ['B', 1, 48 * 48]]);
    expect(transfer).toEqual(msg.predictions.map((p) => p.probs.buffer));
    expect(msg.predictions[0].probs.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('is due every 250 ms while grids are cheap, and ten times a grid’s cost apart when they are not', () => {
    const cheap = poster(1);
    expect(cheap.boundary.due(0)).toBe(true);
    cheap.boundary.post(1000, cheap.set);
    expect([cheap.boundary.due(1249), cheap.boundary.due(1250)]).toEqual([false, true]);
    const dear = poster(40);
    dear.boundary.post(1000, dear.set);
    expect([dear.boundary.due(1399), dear.boundary.due(1400)]).toEqual([false, true]);
  });
});
