import { describe, expect, it } from 'vitest';
import { MAX_STEP_COUNT, parseMessage } from '../../src/embed/validate.ts';
import { LESSONS } from '../../src/state/lessons.ts';

const T = 'backprop-lab';
const cmd = (data: unknown) => {
  const p = parseMessage(data);
  if (p.kind !== 'command') throw new Error(`expected a command, got ${JSON.stringify(p)}`);
  return p.command;
};

describe('parseMessage', () => {
  it('reads play, pause and reset, ignoring extra fields', () => {
    expect(cmd({ target: T, type: 'play' })).toEqual({ type: 'play' });
    expect(cmd({ target: T, type: 'pause', extra: 1 })).toEqual({ type: 'pause' });
    expect(cmd({ target: T, type: 'reset' })).toEqual({ type: 'reset' });
  });

  it('reads step with a default count of 1 and a whole count up to the limit', () => {
    expect(cmd({ target: T, type: 'step' })).toEqual({ type: 'step', count: 1 });
    expect(cmd({ target: T, type: 'step', count: 25 })).toEqual({ type: 'step', count: 25 });
    for (const count of [0, -1, 2.5, MAX_STEP_COUNT + 1, '5', NaN, Infinity, null]) {
      expect(parseMessage({ target: T, type: 'step', count }).kind, String(count)).toBe('invalid');
    }
  });

  it('reads set {key, value} through the knob parser: enums matched, numbers clamped, booleans and numeric strings accepted', () => {
    expect(cmd({ target: T, type: 'set', key: 'activation', value: 'ReLU' })).toEqual({ type: 'set', key: 'activation', value: 'relu' });
    expect(cmd({ target: T, type: 'set', key: 'learningRate', value: 0.05 })).toEqual({ type: 'set', key: 'learningRate', value: 0.05 });
    expect(cmd({ target: T, type: 'set', key: 'learningRate', value: '0.05' })).toEqual({ type: 'set', key: 'learningRate', value: 0.05 });
    expect(cmd({ target: T, type: 'set', key: 'depth', value: 99 })).toEqual({ type: 'set', key: 'depth', value: 20 });
    expect(cmd({ target: T, type: 'set', key: 'batchNorm', value: true })).toEqual({ type: 'set', key: 'batchNorm', value: true });
  });

  it('rejects set with an unknown knob or a value the knob cannot take', () => {
    const bad = [
      { key: 'colour', value: 'red' },
      { key: 'toString', value: 1 },
      { key: 'activation', value: 'softplus' },
      { key: 'learningRate', value: 'fast' },
      { key: 'learningRate', value: NaN },
      { key: 'learningRate', value: { n: 1 } },
      { key: 'learningRate', value: [0.1] },
      { key: 'learningRate' },
      { key: 'batchNorm', value: 'maybe' },
    ];
    for (const b of bad) expect(parseMessage({ target: T, type: 'set', ...b }).kind, JSON.stringify(b)).toBe('invalid');
  });

  it('reads set {lesson} by slug or number, and rejects unknown lessons', () => {
    expect(cmd({ target: T, type: 'set', lesson: 'dropout' })).toEqual({ type: 'set', lesson: 'dropout' });
    expect(cmd({ target: T, type: 'set', lesson: 2 })).toEqual({ type: 'set', lesson: LESSONS[1].id });
    for (const lesson of ['nope', 0, LESSONS.length + 1, null, {}, '']) {
      expect(parseMessage({ target: T, type: 'set', lesson }).kind, JSON.stringify(lesson)).toBe('invalid');
    }
  });

  it('reads set {compare, values}, dropping repeats, and compare none/null to train one run', () => {
    expect(cmd({ target: T, type: 'set', compare: 'activation', values: ['sigmoid', 'relu', 'relu'] })).toEqual({
      type: 'set',
      compare: 'activation',
      values: ['sigmoid', 'relu'],
    });
    expect(cmd({ target: T, type: 'set', compare: 'none' })).toEqual({ type: 'set', compare: null, values: [] });
    expect(cmd({ target: T, type: 'set', compare: null })).toEqual({ type: 'set', compare: null, values: [] });
  });

  it('rejects a comparison with an unknown knob, no values, too many values or a bad value', () => {
    const bad = [
      { compare: 'colour', values: [1, 2] },
      { compare: 'width', values: [] },
      { compare: 'width', values: 8 },
      { compare: 'width', values: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
      { compare: 'activation', values: ['relu', 'softplus'] },
    ];
    for (const b of bad) expect(parseMessage({ target: T, type: 'set', ...b }).kind, JSON.stringify(b)).toBe('invalid');
  });

  it('rejects set with none or more than one of its forms', () => {
    expect(parseMessage({ target: T, type: 'set' }).kind).toBe('invalid');
    expect(parseMessage({ target: T, type: 'set', key: 'depth', value: 2, lesson: 'l2' }).kind).toBe('invalid');
  });

  it('calls a message with our target but an unknown type invalid, with a reason', () => {
    const p = parseMessage({ target: T, type: 'explode' });
    expect(p.kind).toBe('invalid');
    expect(p.kind === 'invalid' && p.reason).toContain('explode');
  });

  it('treats anything without our target as foreign, never throwing, whatever the data', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const odd = [null, undefined, 0, 'play', [], [T], { type: 'play' }, { target: 'other', type: 'play' }, { source: T, type: 'ready' }, 10n, cyclic];
    for (const d of odd) expect(parseMessage(d).kind).toBe('foreign');
  });

  it('never throws on hostile payloads meant for us, such as BigInt values or cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseMessage({ target: T, type: 'set', key: 'depth', value: 3n }).kind).toBe('invalid');
    expect(parseMessage({ target: T, type: 'set', lesson: cyclic }).kind).toBe('invalid');
    expect(parseMessage({ target: T, type: 10n }).kind).toBe('invalid');
    expect(parseMessage({ target: T, type: 'set', compare: 'depth', values: [cyclic] }).kind).toBe('invalid');
  });
});

describe('setData', () => {
  const points = [{ x: 0.5, y: -0.25, label: 1, split: 'train' }, { x: -1.5, y: 1.5, label: 0, split: 'val' }];

  it('reads own data through the one validator (float32 coordinates, unknown fields dropped)', () => {
    expect(cmd({ target: T, type: 'setData', data: { classes: 2, points: [...points, { x: 0.1, y: 0, label: 0, split: 'train', extra: 1 }] } })).toEqual({
      type: 'setData',
      data: { classes: 2, points: [...points, { x: Math.fround(0.1), y: 0, label: 0, split: 'train' }] },
    });
  });

  it.each([
    [{}, 'setData: data must be an object'],
    [{ data: { classes: 4, points } }, 'setData: classes must be 2 or 3'],
    [{ data: { classes: 2, points: [{ x: 2, y: 0, label: 0, split: 'train' }] } }, 'setData: points[0]: x and y must be numbers within ±1.5'],
    [{ data: { classes: 2, points: [{ x: 0, y: 0, label: 0, split: 'val' }] } }, 'setData: no point has split "train"'],
  ])('refuses %j with a reason', (extra, reason) => {
    expect(parseMessage({ target: T, type: 'setData', ...extra })).toEqual({ kind: 'invalid', reason });
  });
});
