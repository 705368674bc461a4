import { EXTENT, MAX_NAME_LENGTH, MAX_ROWS, type OwnData, type OwnPoint, type Rescale } from './types.ts';

/** Own data after validation, or why not (an English reason naming the field). */
export type OwnDataCheck = { ok: true; data: OwnData } | { ok: false; reason: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const fail = (reason: string): OwnDataCheck => ({ ok: false, reason });

/** A coordinate as float32, or null when it is not a finite number within ±EXTENT. */
function coordinate(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const f = Math.fround(v);
  return Math.abs(f) <= EXTENT ? f : null;
}

function rescaleOf(r: unknown): Rescale | null {
  if (!isRecord(r)) return null;
  const { scale, offsetX, offsetY } = r;
  if (typeof scale !== 'number' || !(scale > 0) || !Number.isFinite(scale)) return null;
  if (typeof offsetX !== 'number' || !Number.isFinite(offsetX)) return null;
  if (typeof offsetY !== 'number' || !Number.isFinite(offsetY)) return null;
  return { scale, offsetX, offsetY };
}

/**
 * The one check for own data from anywhere (JSON import, `setData`, a restored state): classes 2 or 3,
 * at most MAX_ROWS points of {x, y, label, split} with finite coordinates within ±EXTENT (rounded to
 * float32, what the engine trains on), whole labels below `classes`, split 'train' or 'val'. Returns a
 * fresh canonical object (unknown fields dropped); never throws.
 */
export function validateOwnData(raw: unknown): OwnDataCheck {
  if (!isRecord(raw)) return fail('data must be an object');
  const classes = raw.classes;
  if (classes !== 2 && classes !== 3) return fail('classes must be 2 or 3');
  const pts = raw.points;
  if (!Array.isArray(pts)) return fail('points must be an array');
  if (pts.length > MAX_ROWS) return fail(`points has ${pts.length} items: at most ${MAX_ROWS}`);
  const points: OwnPoint[] = new Array(pts.length);
  for (let i = 0; i < pts.length; i++) {
    const p: unknown = pts[i];
    if (!isRecord(p)) return fail(`points[${i}] must be an object {x, y, label, split}`);
    const x = coordinate(p.x);
    const y = coordinate(p.y);
    if (x === null || y === null) return fail(`points[${i}]: x and y must be numbers within ±${EXTENT}`);
    const label = p.label;
    if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= classes) {
      return fail(`points[${i}]: label must be a whole number from 0 to ${classes - 1}`);
    }
    const split = p.split;
    if (split !== 'train' && split !== 'val') return fail(`points[${i}]: split must be "train" or "val"`);
    points[i] = { x, y, label, split };
  }
  const data: OwnData = { classes, points };
  if (raw.names !== undefined) {
    const n = raw.names;
    if (!Array.isArray(n) || n.length !== classes || !n.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX_NAME_LENGTH)
      || new Set(n).size !== n.length) {
      return fail(`names must be ${classes} different non-empty strings of at most ${MAX_NAME_LENGTH} characters`);
    }
    data.names = n.slice() as string[];
  }
  if (raw.rescale !== undefined) {
    const r = rescaleOf(raw.rescale);
    if (!r) return fail('rescale must be {scale > 0, offsetX, offsetY} of finite numbers');
    data.rescale = r;
  }
  return { ok: true, data };
}

/** Number of training and validation points. */
export function countSplits(d: OwnData): { train: number; val: number } {
  let train = 0;
  for (const p of d.points) if (p.split === 'train') train++;
  return { train, val: d.points.length - train };
}
