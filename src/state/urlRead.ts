import type { KnobKey, KnobValue } from '../protocol.ts';
import { formatKnob, KNOB_KEYS, parseKnob } from './knobs.ts';
import type { Comparison } from './lessons.ts';
import type { OwnDataTools } from './ownData/lazy.ts';
import { MAX_RUNS } from './runs.ts';

/** A value the page could not use as given, and what it used instead. */
export interface Notice {
  param: string;
  given: string;
  used: string;
  /**
   * unavailable: SIMD asked for where it cannot run; loadFailed: the SIMD module did not load (CSP, blocked);
   * unknownKnob: a name in `lock=` that is no knob (it locks nothing); cut: a text longer than allowed (given: its length, used: the most);
   * memory: more networks (seeds × runs) than the page can hold.
   */
  kind: 'invalid' | 'clamped' | 'rounded' | 'duplicate' | 'tooMany' | 'unavailable' | 'loadFailed' | 'unknownKnob' | 'cut' | 'memory';
}

/** A query string being read: each parameter's first value, the notices of what the page replaced, the values it took. */
export class UrlReader {
  readonly notices: Notice[] = [];
  private readonly taken = new Map<string, unknown[]>();
  /** `tools`: the own-data codec, needed for a `data` parameter (null: not loaded, `data` is refused). */
  constructor(
    private readonly params: URLSearchParams,
    readonly tools: OwnDataTools | null,
  ) {}

  has(param: string): boolean {
    return this.params.has(param);
  }

  /** The first value of a parameter, null when absent; a notice when it appears more than once. */
  first(param: string): string | null {
    const all = this.params.getAll(param);
    if (all.length > 1) this.notice(param, all.join(' | '), all[0], 'duplicate');
    return all.length ? all[0] : null;
  }

  notice(param: string, given: string, used: string, kind: Notice['kind']): void {
    this.notices.push({ param, given, used, kind });
  }

  /** Records that the page took `value` from `param` as the link gave it. */
  take(param: string, value: unknown): void {
    this.taken.set(param, [...(this.taken.get(param) ?? []), value]);
  }

  /** True when the page took `value` from `param`. */
  took(param: string, value: unknown): boolean {
    return this.taken.get(param)?.includes(value) ?? false;
  }
}

/** An on/off flag: 1/true/on/yes or a bare key turn it on, 0/false/off/no off; anything else is off, with a notice. */
export function readBool(r: UrlReader, param: string): boolean {
  const v = r.first(param);
  if (v === null) return false;
  if (['1', 'true', 'on', 'yes', ''].includes(v.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(v.toLowerCase())) return false;
  r.notice(param, v, '0', 'invalid');
  return false;
}

/** The link's value when `accept` takes it, else `fallback` with a notice saying `used` replaced it. */
export function oneOf<T>(r: UrlReader, param: string, fallback: T, accept: (text: string) => T | undefined, used = String(fallback)): T {
  const text = r.first(param);
  if (text === null) return fallback;
  const v = accept(text);
  if (v !== undefined) return v;
  r.notice(param, text, used, 'invalid');
  return fallback;
}

/** A whole number from lo to hi (rounded and clamped, with a notice), null when absent or not a number. */
export function count(r: UrlReader, param: string, text: string | null, lo: number, hi: number, unusable: string): number | null {
  if (text === null) return null;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) {
    r.notice(param, text, unusable, 'invalid');
    return null;
  }
  const v = Math.min(hi, Math.max(lo, Math.round(n)));
  if (v !== n) r.notice(param, text, String(v), 'clamped');
  return v;
}

function isKnob(key: string): key is KnobKey {
  return (KNOB_KEYS as string[]).includes(key);
}

/** A comma-separated list of a knob's values: unusable ones dropped, repeats merged, at most `max`, each change noticed. */
function readValues(r: UrlReader, knob: KnobKey, text: string, param: string, max: number): KnobValue[] {
  const out: KnobValue[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const p = parseKnob(knob, part);
    if (!p.ok) {
      r.notice(param, part, '—', 'invalid');
      continue;
    }
    if (p.adjusted) r.notice(param, part, formatKnob(knob, p.value), p.adjusted);
    if (!out.includes(p.value)) out.push(p.value);
  }
  if (out.length > max) {
    r.notice(param, String(out.length), String(max), 'tooMany');
    out.length = max;
  }
  for (const v of out) r.take(param, v);
  return out;
}

/**
 * The comparison of `compare`/`values` and the optional grid's `compare2`/`values2`, else `fallback` (the
 * lesson's). compare2 alone makes a grid of the lesson's own comparison: ?compare2=dropoutHidden&values2=0,0.5.
 */
export function readComparison(r: UrlReader, fallback: Comparison): Comparison {
  const given = r.first('compare');
  if (given === null && (!r.has('compare2') || fallback.knob === null)) return fallback;
  const knob = given ?? fallback.knob!;
  if (knob === 'none') return { knob: null, values: [] };
  if (!isKnob(knob)) {
    r.notice('compare', knob, fallback.knob ?? 'none', 'invalid');
    return fallback;
  }
  const valuesText = given === null ? null : (r.first('values') ?? '');
  const values = valuesText === null ? [...fallback.values] : readValues(r, knob, valuesText, 'values', MAX_RUNS);
  if (values.length === 0) {
    r.notice('values', valuesText ?? '', fallback.knob ?? 'none', 'invalid');
    return fallback;
  }
  const cmp: Comparison = { knob, values };
  const knob2 = r.first('compare2');
  if (knob2 !== null && knob2 !== 'none') {
    if (!isKnob(knob2) || knob2 === knob) {
      r.notice('compare2', knob2, 'none', 'invalid');
    } else {
      const max2 = Math.max(1, Math.floor(MAX_RUNS / values.length));
      const values2 = readValues(r, knob2, r.first('values2') ?? '', 'values2', max2);
      if (values2.length > 0) {
        cmp.knob2 = knob2;
        cmp.values2 = values2;
      }
    }
  }
  return cmp;
}
