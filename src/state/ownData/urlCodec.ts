import type { OwnDataError } from './errors.ts';
import { validateOwnData } from './validate.ts';
import { MAX_URL_POINTS, type OwnData, type OwnPoint } from './types.ts';

/**
 * The `data` URL parameter: a 3-character header, then base64url (A–Z a–z 0–9 - _, characters no browser
 * rewrites or escapes in an address bar) of a bit stream. Header: format version '1', mode, classes ('2'|'3').
 * Mode 'q' (every coordinate is k/1000 as float32, |k| ≤ 1500, as drawn points are): per point 2 label bits,
 * 1 split bit, 12 + 12 bits of k + 1500. Mode 'f' (any float32): 2 + 1 + 32 + 32 bits. The stream starts
 * with the point count in 16 bits. 300 drawn points take about 1,350 characters, 300 arbitrary ones 3,350.
 * Class names and the rescale note are not carried (the JSON export has them).
 */
const VERSION = '1';
const QUANTUM = 1000;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Appends bits most-significant first. */
class BitWriter {
  bytes: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, bits: number): void {
    for (let b = bits - 1; b >= 0; b--) {
      this.acc = (this.acc << 1) | (Math.floor(value / 2 ** b) & 1);
      if (++this.n === 8) {
        this.bytes.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  finish(): number[] {
    if (this.n > 0) this.write(0, 8 - this.n);
    return this.bytes;
  }
}

class BitReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  read(bits: number): number | null {
    if (this.pos + bits > this.bytes.length * 8) return null;
    let v = 0;
    for (let b = 0; b < bits; b++, this.pos++) v = v * 2 + ((this.bytes[this.pos >> 3] >> (7 - (this.pos & 7))) & 1);
    return v;
  }
}

function toBase64Url(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) s += B64[(n >> (18 - 6 * c)) & 63];
  }
  return s;
}

function fromBase64Url(s: string): Uint8Array | null {
  if (s.length % 4 === 1) return null;
  const out: number[] = [];
  let acc = 0, n = 0;
  for (const ch of s) {
    const v = B64.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    n += 6;
    if (n >= 8) {
      n -= 8;
      out.push((acc >> n) & 255);
    }
  }
  return Uint8Array.from(out);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const bitsOf = (v: number) => ((f32[0] = v), u32[0]);
const floatOf = (b: number) => ((u32[0] = b), f32[0]);

// -0 is not quantised: it would come back as +0, and the engine must see the very same bits.
const quantised = (v: number) => !Object.is(v, -0) && Math.fround(Math.round(v * QUANTUM) / QUANTUM) === v;

/** True when the data is small enough for a link. */
export function fitsInUrl(d: OwnData): boolean {
  return d.points.length <= MAX_URL_POINTS;
}

/** The `data` parameter for own data of at most MAX_URL_POINTS points (null when larger). */
export function encodeOwnData(d: OwnData): string | null {
  if (!fitsInUrl(d)) return null;
  const q = d.points.every((p) => quantised(p.x) && quantised(p.y));
  const w = new BitWriter();
  w.write(d.points.length, 16);
  for (const p of d.points) {
    w.write(p.label, 2);
    w.write(p.split === 'val' ? 1 : 0, 1);
    if (q) {
      w.write(Math.round(p.x * QUANTUM) + 1500, 12);
      w.write(Math.round(p.y * QUANTUM) + 1500, 12);
    } else {
      w.write(bitsOf(p.x), 32);
      w.write(bitsOf(p.y), 32);
    }
  }
  return `${VERSION}${q ? 'q' : 'f'}${d.classes}${toBase64Url(w.finish())}`;
}

/** Reads a `data` parameter back; any fault is a 'badLink' error saying what is wrong. */
export function decodeOwnData(text: string): { ok: true; data: OwnData } | { ok: false; error: OwnDataError } {
  const bad = (value: string) => ({ ok: false as const, error: { code: 'badLink' as const, value } });
  if (text.length < 3) return bad('too short');
  if (text[0] !== VERSION) return bad(`unknown format ${JSON.stringify(text[0])}`);
  const mode = text[1];
  if (mode !== 'q' && mode !== 'f') return bad(`unknown mode ${JSON.stringify(mode)}`);
  const classes = Number(text[2]);
  if (classes !== 2 && classes !== 3) return bad('classes must be 2 or 3');
  const bytes = fromBase64Url(text.slice(3));
  if (!bytes) return bad('not base64url');
  const r = new BitReader(bytes);
  const n = r.read(16);
  if (n === null || n > MAX_URL_POINTS) return bad(n === null ? 'truncated' : `${n} points: at most ${MAX_URL_POINTS}`);
  const points: OwnPoint[] = [];
  for (let i = 0; i < n; i++) {
    const label = r.read(2);
    const split = r.read(1);
    const a = r.read(mode === 'q' ? 12 : 32);
    const b = r.read(mode === 'q' ? 12 : 32);
    if (label === null || split === null || a === null || b === null) return bad('truncated');
    const x = mode === 'q' ? Math.fround((a - 1500) / QUANTUM) : floatOf(a);
    const y = mode === 'q' ? Math.fround((b - 1500) / QUANTUM) : floatOf(b);
    points.push({ x, y, label, split: split ? 'val' : 'train' });
  }
  // Whatever is left must be the zero padding of the last byte.
  if (bytes.length !== Math.ceil((16 + n * (mode === 'q' ? 27 : 67)) / 8)) return bad('wrong length');
  const check = validateOwnData({ classes, points });
  return check.ok ? { ok: true, data: check.data } : bad(check.reason);
}
