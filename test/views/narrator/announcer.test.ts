import { describe, expect, it } from 'vitest';
import type { Verbosity } from '../../../src/state/urlParams.ts';
import { enqueue, idleAnnouncer, MIN_GAP_MS, nextUtterance, PERIODIC_MS, spokeAt, type AnnouncerState, type Utterance } from '../../../src/views/narrator/announcer.ts';
import type { Milestone } from '../../../src/views/narrator/milestones.ts';

const acc = (run: string, step: number, threshold = 0.6): Milestone => ({ kind: 'accuracy', run, step, threshold, valAcc: threshold + 0.01 });
const ratio = (run: string, step: number, r: number): Milestone => ({ kind: 'ratio', run, step, ratio: r });

/** Runs the announcer every 250 ms over `ms`, enqueuing `feed(t)` first at each tick; returns [time, utterance] pairs. */
function simulate(ms: number, feed: (t: number) => Milestone[], playing: (t: number) => boolean = () => true, verbosity: Verbosity = 'milestones') {
  let s: AnnouncerState = idleAnnouncer;
  const said: [number, Utterance][] = [];
  for (let t = 0; t <= ms; t += 250) {
    s = enqueue(s, feed(t));
    const n = nextUtterance(s, t, playing(t), verbosity);
    s = n.state;
    if (n.say) said.push([t, n.say]);
  }
  return said;
}

describe('announcer', () => {
  it('never speaks twice within the gap, and merges what came meanwhile into one announcement', () => {
    // A milestone (each of its own run) every 500 ms for 15 s, then 5 s of quiet.
    const said = simulate(20_000, (t) => (t % 500 === 0 && t <= 15_000 ? [acc(String(t), t)] : []));
    for (let i = 1; i < said.length; i++) expect(said[i][0] - said[i - 1][0]).toBeGreaterThanOrEqual(MIN_GAP_MS);
    expect(said.reduce((n, [, u]) => n + u.events.length, 0)).toBe(31);
    expect(said.length).toBeLessThanOrEqual(Math.floor(20_000 / MIN_GAP_MS) + 1);
  });

  it('says a milestone at once when the narrator has been quiet', () => {
    const said = simulate(1000, (t) => (t === 500 ? [acc('A', 10)] : []));
    expect(said.map(([t]) => t)).toEqual([500]);
  });

  it('keeps only the latest ratio and the higher accuracy of one run, in step order', () => {
    let s = enqueue(idleAnnouncer, [ratio('A', 10, 0.05), acc('B', 30), acc('A', 20)]);
    s = enqueue(s, [ratio('A', 40, 0.004), acc('B', 50, 0.9)]);
    const n = nextUtterance(s, 0, true, 'milestones');
    expect(n.say?.events).toEqual([acc('A', 20), ratio('A', 40, 0.004), acc('B', 50, 0.9)]);
  });

  it('holds milestones while paused and says them after Play', () => {
    const said = simulate(8000, (t) => (t === 1000 ? [acc('A', 10)] : []), (t) => t >= 5000);
    expect(said.map(([t]) => t)).toEqual([5000]);
  });

  it('still says the horizon while paused (reaching it is what pauses a lesson)', () => {
    const said = simulate(2000, (t) => (t === 1000 ? [acc('A', 390), { kind: 'horizon', step: 400 }] : []), () => false);
    expect(said).toHaveLength(1);
    expect(said[0][1].events.map((e) => e.kind)).toEqual(['accuracy', 'horizon']);
  });

  it('adds a status line every PERIODIC_MS while training when asked to, and none while paused or on milestones', () => {
    const periodic = simulate(20_000, () => [], (t) => t < 15_000, 'periodic');
    expect(periodic.map(([t]) => t)).toEqual([0, PERIODIC_MS, 2 * PERIODIC_MS]);
    expect(periodic.every(([, u]) => u.status && u.events.length === 0)).toBe(true);
    expect(simulate(20_000, () => [], () => true, 'milestones')).toEqual([]);
  });

  it('says nothing and drops what waits when off', () => {
    expect(simulate(10_000, (t) => (t % 1000 === 0 ? [acc('A', t)] : []), () => true, 'off')).toEqual([]);
  });

  it('waits a full gap after an on-demand description', () => {
    const s = spokeAt(enqueue(idleAnnouncer, [acc('A', 10)]), 1000);
    expect(nextUtterance(s, 1000 + MIN_GAP_MS - 1, true, 'milestones').say).toBeNull();
    expect(nextUtterance(s, 1000 + MIN_GAP_MS, true, 'milestones').say).not.toBeNull();
  });
});
