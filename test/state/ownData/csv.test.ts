import { describe, expect, it } from 'vitest';
import { describeError, MAX_ROWS, parseCsv, type OwnDataError } from '../../../src/state/ownData/tools.ts';

const error = (text: string, firstRows = false): OwnDataError => {
  const r = parseCsv(text, { seed: 1, firstRows });
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('parseCsv', () => {
  it('reads x,y,label rows without a header, keeping points within ±1.5 exactly as float32', () => {
    const r = parseCsv('0.1,0.2,0\n-1.5,1.5,1\n0.3,-0.7,1\n1,1,0\n', { seed: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.classes).toBe(2);
    expect(r.data.points.map((p) => [p.x, p.y, p.label])).toEqual([
      [Math.fround(0.1), Math.fround(0.2), 0],
      [-1.5, 1.5, 1],
      [Math.fround(0.3), Math.fround(-0.7), 1],
      [1, 1, 0],
    ]);
    expect(r.data.rescale).toBeUndefined();
    expect(r.data.names).toBeUndefined();
  });

  it('skips a header line and blank lines, and accepts CRLF, semicolons, tabs and quotes', () => {
    const r = parseCsv('x;y;label\r\n\r\n"0.5";0.5;1\r\n0.25\t-0.25\t0\r\n', { seed: 1 });
    expect(r.ok && r.data.points.map((p) => [p.x, p.y, p.label])).toEqual([[0.5, 0.5, 1], [0.25, -0.25, 0]]);
  });

  it('reads labels 0/1/2 as three classes, and two or three distinct strings in order of first appearance', () => {
    const three = parseCsv('0,0,2\n0,1,0\n1,0,1', { seed: 1 });
    expect(three.ok && [three.data.classes, three.data.points.map((p) => p.label)]).toEqual([3, [2, 0, 1]]);
    const words = parseCsv('0,0,dog\n0,1,cat\n1,0,dog', { seed: 1 });
    expect(words.ok && [words.data.classes, words.data.names, words.data.points.map((p) => p.label)]).toEqual([2, ['dog', 'cat'], [0, 1, 0]]);
  });

  it('takes a split column (train/val) as given', () => {
    const r = parseCsv('x,y,label,split\n0,0,0,train\n1,1,1,val\n0.5,0.5,1,validation\n-1,-1,0,TRAIN', { seed: 1 });
    expect(r.ok && r.data.points.map((p) => p.split)).toEqual(['train', 'val', 'val', 'train']);
  });

  it('keeps 25 % for validation with a seeded split when there is no split column: same seed, same split; another seed, another', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${(i / 200).toFixed(3)},0,${i % 2}`).join('\n');
    const a = parseCsv(text, { seed: 7 });
    const b = parseCsv(text, { seed: 7 });
    const c = parseCsv(text, { seed: 8 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected data');
    expect(a.data.points.filter((p) => p.split === 'val').length).toBe(50);
    expect(b.data.points.map((p) => p.split)).toEqual(a.data.points.map((p) => p.split));
    expect(c.data.points.map((p) => p.split)).not.toEqual(a.data.points.map((p) => p.split));
    // The rows stay in file order (the first N training points are the first N training rows).
    expect(a.data.points.map((p) => p.x)).toEqual(Array.from({ length: 200 }, (_, i) => Math.fround(Number((i / 200).toFixed(3)))));
  });

  it('rescales points outside ±1.5 into it, keeping the aspect, and records the scale', () => {
    const r = parseCsv('100,10,0\n300,20,1\n200,30,0', { seed: 1 });
    if (!r.ok) throw new Error('expected data');
    // x spans 100–300 (half-range 100, centre 200), y 10–30 (centre 20): one factor 1.5 / 100.
    expect(r.data.rescale).toEqual({ scale: 0.015, offsetX: 200, offsetY: 20 });
    expect(r.data.points.map((p) => [p.x, p.y])).toEqual([
      [-1.5, Math.fround(-0.15)],
      [1.5, 0],
      [0, Math.fround(0.15)],
    ]);
  });

  it('names the line and the value of text or NaN in a number column', () => {
    expect(error('0,0,0\n1,abc,1')).toEqual({ code: 'notNumber', line: 2, value: 'abc' });
    expect(error('0,0,0\n\nNaN,1,1')).toEqual({ code: 'notNumber', line: 3, value: 'NaN' });
    expect(error('0,0,0\nInfinity,1,1')).toEqual({ code: 'notNumber', line: 2, value: 'Infinity' });
    expect(describeError(error('0,0,0\n1,abc,1'))).toBe('line 2: "abc" is not a number');
  });

  it('refuses one class, more than three, no rows, a wrong column count, a bad split and no training point', () => {
    expect(error('0,0,a\n1,1,a')).toEqual({ code: 'oneClass', value: 'a' });
    expect(error('0,0,a\n1,1,b\n0,1,c\n1,0,d')).toEqual({ code: 'tooManyClasses', count: 4, value: 'a, b, c, d' });
    expect(error('')).toEqual({ code: 'empty' });
    expect(error('x,y,label\n\n')).toEqual({ code: 'empty' });
    expect(error('0,0,0\n1,1')).toEqual({ code: 'columns', line: 2, count: 2 });
    expect(error('0,0,0,train\n1,1,1,maybe')).toEqual({ code: 'badSplit', line: 2, value: 'maybe' });
    expect(error('0,0,0,val\n1,1,1,val')).toEqual({ code: 'noTrain' });
  });

  it('refuses more than 5,000 rows, and reads the first 5,000 when asked', () => {
    const text = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `0,0,${i % 2}`).join('\n');
    expect(error(text)).toEqual({ code: 'tooManyRows', count: MAX_ROWS + 1, max: MAX_ROWS });
    const first = parseCsv(text, { seed: 1, firstRows: true });
    expect(first.ok && first.data.points.length).toBe(MAX_ROWS);
  });
});
