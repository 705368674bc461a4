import { describe, expect, it } from 'vitest';
import { parseSnapshot, STATE_VERSION, takeSnapshot } from '../../src/embed/snapshot.ts';
import { parseMessage } from '../../src/embed/validate.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { LESSONS } from '../../src/state/lessons.ts';

const lesson = LESSONS[1];
const saved = takeSnapshot(
  { lessonId: lesson.id, config: { ...lesson.config }, comparison: lesson.comparison, step: 420, ownData: null },
  { picks: { [lesson.id]: 1 }, revealed: { [lesson.id]: true } },
);

describe('takeSnapshot / parseSnapshot', () => {
  it('a snapshot of a lesson reads back as exactly itself', () => {
    expect(saved.version).toBe(STATE_VERSION);
    expect(saved.step).toBe(420);
    expect(saved.prediction).toEqual({ choice: 1, revealed: true });
    const back = parseSnapshot(JSON.parse(JSON.stringify(saved)));
    expect(back).toEqual({ ok: true, snapshot: saved });
  });

  it('every lesson, with a grid comparison too, survives JSON and reads back equal', () => {
    for (const l of LESSONS) {
      const s = takeSnapshot({ lessonId: l.id, config: l.config, comparison: l.comparison, step: 0, ownData: null }, { picks: {}, revealed: {} });
      expect(parseSnapshot(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, snapshot: s });
    }
    const grid = takeSnapshot(
      { lessonId: lesson.id, config: DEFAULT_CONFIG, comparison: { knob: 'activation', values: ['sigmoid', 'relu'], knob2: 'dropoutHidden', values2: [0, 0.5] }, step: 3, ownData: null },
      { picks: {}, revealed: {} },
    );
    expect(parseSnapshot(JSON.parse(JSON.stringify(grid)))).toEqual({ ok: true, snapshot: grid });
  });

  it('own data travels with the state and is checked by the own-data validator', () => {
    const ownData = { classes: 2 as const, points: [{ x: 0.25, y: -0.125, label: 0, split: 'train' as const }, { x: -0.5, y: 0.5, label: 1, split: 'val' as const }] };
    const s = takeSnapshot({ lessonId: lesson.id, config: { ...DEFAULT_CONFIG, dataset: 'own' }, comparison: lesson.comparison, step: 0, ownData }, { picks: {}, revealed: {} });
    const back = parseSnapshot(JSON.parse(JSON.stringify(s)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.snapshot.data?.points).toEqual(ownData.points);
    expect(parseSnapshot({ ...s, data: { classes: 4, points: [] } })).toEqual({ ok: false, reason: expect.stringMatching(/^setState: data:/) });
    expect(parseSnapshot({ ...s, data: null })).toEqual({ ok: false, reason: expect.stringMatching(/own data/) });
  });

  const variants: [string, (s: Record<string, any>) => void, RegExp][] = [
    ['another version', (s) => (s.version = 2), /version/],
    ['an unknown lesson', (s) => (s.lesson = 'nope'), /lesson/],
    ['a lesson by number, not id', (s) => (s.lesson = '2'), /lesson/],
    ['a missing knob', (s) => delete s.config.seed, /every knob/],
    ['an extra field', (s) => (s.extra = 1), /fields/],
    ['an out-of-range knob (would be clamped)', (s) => (s.config.depth = 99), /depth/],
    ['a knob as text', (s) => (s.config.depth = '4'), /depth/],
    ['an unknown activation', (s) => (s.config.activation = 'gelu'), /activation/],
    ['a NaN learning rate', (s) => (s.config.learningRate = NaN), /learningRate/],
    ['repeated compared values', (s) => (s.comparison.values = [s.comparison.values[0], s.comparison.values[0]]), /repeated/],
    ['too many runs', (s) => (s.comparison = { knob: 'seed', values: [1, 2, 3, 4, 5, 6, 7, 8, 9], knob2: null, values2: [] }), /values/],
    ['knob2 equal to knob', (s) => (s.comparison = { ...s.comparison, knob2: s.comparison.knob, values2: s.comparison.values }), /knob2/],
    ['a negative step', (s) => (s.step = -1), /step/],
    ['a fractional step', (s) => (s.step = 1.5), /step/],
    ['a choice past the last', (s) => (s.prediction.choice = lesson.choices), /choice/],
    ['revealed as a string', (s) => (s.prediction.revealed = 'yes'), /prediction/],
  ];
  for (const [name, change, why] of variants) {
    it(`refuses ${name}, saying why`, () => {
      const s = JSON.parse(JSON.stringify(saved));
      change(s);
      const p = parseSnapshot(s);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.reason).toMatch(why);
    });
  }

  it('refuses what is not a state at all without throwing', () => {
    for (const x of [null, undefined, 3, 'state', [], [saved], new Date(0)]) expect(parseSnapshot(x).ok).toBe(false);
  });
});

describe('parseMessage: getState and setState', () => {
  it('reads getState, and setState with and without replay', () => {
    expect(parseMessage({ target: 'backprop-lab', type: 'getState' })).toEqual({ kind: 'command', command: { type: 'getState' } });
    expect(parseMessage({ target: 'backprop-lab', type: 'setState', state: saved })).toEqual({ kind: 'command', command: { type: 'setState', state: saved, replay: false } });
    expect(parseMessage({ target: 'backprop-lab', type: 'setState', state: saved, replay: true })).toEqual({ kind: 'command', command: { type: 'setState', state: saved, replay: true } });
  });

  it('marks a bad setState invalid with the reason', () => {
    const p = parseMessage({ target: 'backprop-lab', type: 'setState', state: { ...saved, step: 'x' } });
    expect(p).toEqual({ kind: 'invalid', reason: expect.stringMatching(/^setState: step/) });
    expect(parseMessage({ target: 'backprop-lab', type: 'setState', state: saved, replay: 'yes' }).kind).toBe('invalid');
  });
});
