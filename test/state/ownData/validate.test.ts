import { describe, expect, it } from 'vitest';
import { readExport, validateOwnData } from '../../../src/state/ownData/tools.ts';

const good = { classes: 2, points: [{ x: 0.1, y: -0.2, label: 1, split: 'train' }, { x: 1.5, y: 0, label: 0, split: 'val' }] };

describe('validateOwnData', () => {
  it('accepts canonical data, rounding coordinates to float32 and dropping unknown fields', () => {
    const r = validateOwnData({ ...good, extra: 1, points: good.points.map((p) => ({ ...p, colour: 'red' })) });
    expect(r).toEqual({ ok: true, data: { classes: 2, points: [{ x: Math.fround(0.1), y: Math.fround(-0.2), label: 1, split: 'train' }, { x: 1.5, y: 0, label: 0, split: 'val' }] } });
  });

  it('keeps names and a rescale note when they are well formed', () => {
    const r = validateOwnData({ ...good, names: ['cat', 'dog'], rescale: { scale: 0.5, offsetX: 1, offsetY: -2 } });
    expect(r.ok && [r.data.names, r.data.rescale]).toEqual([['cat', 'dog'], { scale: 0.5, offsetX: 1, offsetY: -2 }]);
  });

  it.each([
    ['not an object', null, 'data must be an object'],
    ['one class', { ...good, classes: 1 }, 'classes must be 2 or 3'],
    ['no points array', { classes: 2, points: 'x' }, 'points must be an array'],
    ['too many points', { classes: 2, points: new Array(5001).fill(good.points[0]) }, 'points has 5001 items: at most 5000'],
    ['a point outside ±1.5', { classes: 2, points: [{ x: 1.6, y: 0, label: 0, split: 'train' }] }, 'points[0]: x and y must be numbers within ±1.5'],
    ['NaN', { classes: 2, points: [{ x: NaN, y: 0, label: 0, split: 'train' }] }, 'points[0]: x and y must be numbers within ±1.5'],
    ['a text coordinate', { classes: 2, points: [{ x: '0.1', y: 0, label: 0, split: 'train' }] }, 'points[0]: x and y must be numbers within ±1.5'],
    ['a label beyond the classes', { classes: 2, points: [{ x: 0, y: 0, label: 2, split: 'train' }] }, 'points[0]: label must be a whole number from 0 to 1'],
    ['a bad split', { classes: 2, points: [{ x: 0, y: 0, label: 0, split: 'test' }] }, 'points[0]: split must be "train" or "val"'],
    ['names of the wrong count', { ...good, names: ['a'] }, 'names must be 2 different non-empty strings of at most 40 characters'],
    ['a bad rescale', { ...good, rescale: { scale: 0, offsetX: 0, offsetY: 0 } }, 'rescale must be {scale > 0, offsetX, offsetY} of finite numbers'],
  ])('refuses %s', (_name, raw, reason) => {
    expect(validateOwnData(raw)).toEqual({ ok: false, reason });
  });
});

describe('readExport', () => {
  const doc = (o: object) => JSON.stringify({ app: 'backprop-lab', format: 1, query: 'lesson=1&dataset=own', ...o });

  it('gives back the query and the validated data of an export', () => {
    expect(readExport(doc({ data: good }))).toEqual({ ok: true, value: { query: 'lesson=1&dataset=own', data: validateOwnData(good).ok && (validateOwnData(good) as { data: unknown }).data } });
    expect(readExport(doc({}))).toEqual({ ok: true, value: { query: 'lesson=1&dataset=own', data: null } });
  });

  it('refuses text that is not JSON, files of another app or another version, and broken data', () => {
    expect(readExport('x,y,label')).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(readExport(JSON.stringify({ app: 'playground', format: 1 }))).toEqual({ ok: false, error: { code: 'otherApp', value: 'playground' } });
    expect(readExport(JSON.stringify([1, 2]))).toEqual({ ok: false, error: { code: 'otherApp', value: 'object' } });
    expect(readExport(doc({ format: 2 }))).toEqual({ ok: false, error: { code: 'otherVersion', value: '2' } });
    expect(readExport(doc({ data: { classes: 4, points: [] } }))).toEqual({ ok: false, error: { code: 'badData', value: 'classes must be 2 or 3' } });
  });
});
