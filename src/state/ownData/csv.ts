import type { OwnDataError } from './errors.ts';
import { fitIntoExtent } from './rescale.ts';
import { seededSplit } from './split.ts';
import { MAX_NAME_LENGTH, MAX_ROWS, type OwnData, type OwnPoint, type Split } from './types.ts';

export type CsvResult = { ok: true; data: OwnData; rows: number } | { ok: false; error: OwnDataError };

/** A plain decimal or scientific number: no NaN, Infinity, hex or empty cell. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TRAIN = ['train', 'training', 't', '0'];
const VAL = ['val', 'valid', 'validation', 'test', 'v', '1'];

function cells(line: string): string[] {
  return line.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
}

interface Row {
  line: number;
  cells: string[];
}

/**
 * Reads `x,y,label[,split]` text (comma, semicolon or tab; header line optional; blank lines skipped).
 * Labels are 0/1/2, or two or three distinct strings (classes in order of first appearance). Without a
 * split column a seeded split (seed) keeps 25 % for validation. Coordinates outside ±1.5 are rescaled.
 * More than MAX_ROWS rows is an error unless `firstRows` asks for the first MAX_ROWS.
 */
export function parseCsv(text: string, opts: { seed: number; firstRows?: boolean }): CsvResult {
  const lines = text.split(/\r\n|\n|\r/);
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    rows.push({ line: i + 1, cells: cells(lines[i]) });
  }
  if (rows.length > 0) {
    const [a, b] = rows[0].cells;
    if (!NUMBER.test(a ?? '') && !NUMBER.test(b ?? '')) rows.shift();
  }
  if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
  if (rows.length > MAX_ROWS) {
    if (!opts.firstRows) return { ok: false, error: { code: 'tooManyRows', count: rows.length, max: MAX_ROWS } };
    rows.length = MAX_ROWS;
  }
  const width = rows[0].cells.length;
  const xs: number[] = [], ys: number[] = [], tags: string[] = [], splits: Split[] = [];
  for (const r of rows) {
    const c = r.cells;
    if (c.length !== width || c.length < 3 || c.length > 4) return { ok: false, error: { code: 'columns', line: r.line, count: c.length } };
    for (const v of [c[0], c[1]]) if (!NUMBER.test(v)) return { ok: false, error: { code: 'notNumber', line: r.line, value: v } };
    xs.push(Number(c[0]));
    ys.push(Number(c[1]));
    tags.push(c[2]);
    if (c.length === 4) {
      const s = c[3].toLowerCase();
      if (TRAIN.includes(s)) splits.push('train');
      else if (VAL.includes(s)) splits.push('val');
      else return { ok: false, error: { code: 'badSplit', line: r.line, value: c[3] } };
    }
  }
  const distinct = [...new Set(tags)];
  if (distinct.length === 1) return { ok: false, error: { code: 'oneClass', value: distinct[0] } };
  if (distinct.length > 3) return { ok: false, error: { code: 'tooManyClasses', count: distinct.length, value: distinct.slice(0, 5).join(', ') + (distinct.length > 5 ? ', …' : '') } };
  const numeric = distinct.every((d) => d === '0' || d === '1' || d === '2');
  const classes: 2 | 3 = numeric ? (distinct.includes('2') ? 3 : 2) : (distinct.length as 2 | 3);
  const labelOf = (t: string) => (numeric ? Number(t) : distinct.indexOf(t));
  const split = width === 4 ? splits : seededSplit(rows.length, opts.seed);
  if (!split.includes('train')) return { ok: false, error: { code: 'noTrain' } };
  const fit = fitIntoExtent(xs, ys);
  const points: OwnPoint[] = rows.map((_, i) => ({ x: fit.x[i], y: fit.y[i], label: labelOf(tags[i]), split: split[i] }));
  const data: OwnData = { classes, points };
  if (!numeric) data.names = distinct.map((d) => d.slice(0, MAX_NAME_LENGTH));
  if (fit.rescale) data.rescale = fit.rescale;
  return { ok: true, data, rows: rows.length };
}
