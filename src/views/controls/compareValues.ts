import type { KnobKey, KnobValue, LabConfig } from '../../protocol.ts';
import { KNOBS } from '../../state/knobs.ts';
import type { Comparison } from '../../state/lessons.ts';
import { MAX_RUNS } from '../../state/runs.ts';
import { nearestStop, sliderSpec } from '../ui/sliderSpec.ts';

/** Candidate values of a knob, in order: its options, off/on, or its slider stops / a spread over its range. */
function candidates(knob: KnobKey): KnobValue[] {
  const def = KNOBS[knob];
  if (def.kind === 'enum') return [...def.options] as KnobValue[];
  if (def.kind === 'bool') return [false, true];
  const spec = sliderSpec(knob);
  if (spec?.kind === 'stops') return [...spec.stops];
  if (spec?.kind === 'linear') {
    const n = Math.min(20, Math.round((spec.max - spec.min) / spec.step));
    return Array.from({ length: n + 1 }, (_, i) => Number((spec.min + ((spec.max - spec.min) * i) / n).toPrecision(6)));
  }
  return Array.from({ length: 64 }, (_, i) => i + 1);
}

/** A value of the knob not yet in `taken`, as close as possible after (else before) `from`. */
export function nextValue(knob: KnobKey, taken: readonly KnobValue[], from: KnobValue): KnobValue | undefined {
  const all = candidates(knob);
  let start = all.indexOf(from);
  if (start < 0 && typeof from === 'number') start = nearestStop(all as number[], from);
  const free = (v: KnobValue) => !taken.includes(v);
  for (let i = Math.max(0, start) + 1; i < all.length; i++) if (free(all[i])) return all[i];
  for (let i = Math.max(0, start) - 1; i >= 0; i--) if (free(all[i])) return all[i];
  return undefined;
}

/** Two starting values when a knob becomes the compared one: the current value and its neighbour. */
export function defaultCompareValues(knob: KnobKey, config: LabConfig): KnobValue[] {
  const current = config[knob];
  const other = nextValue(knob, [current], current);
  return other === undefined ? [current] : [current, other];
}

/** Most values the first knob may take given the second knob's count (runs ≤ 8). */
export function maxValues(c: Comparison): number {
  const inner = c.knob2 && c.values2 && c.values2.length ? c.values2.length : 1;
  return Math.floor(MAX_RUNS / inner);
}

/** Most values the second knob may take given the first knob's count. */
export function maxValues2(c: Comparison): number {
  return Math.max(1, Math.floor(MAX_RUNS / Math.max(1, c.values.length)));
}

/** The comparison with the first knob changed (null: one run, no comparison). */
export function withKnob(c: Comparison, knob: KnobKey | null, config: LabConfig): Comparison {
  if (knob === null) return { knob: null, values: [] };
  const base: Comparison = { knob, values: defaultCompareValues(knob, config) };
  if (c.knob2 && c.knob2 !== knob && c.values2) return { ...base, knob2: c.knob2, values2: c.values2.slice(0, maxValues2(base)) };
  return base;
}

/** The comparison with the second knob changed (null removes it). */
export function withKnob2(c: Comparison, knob2: KnobKey | null, config: LabConfig): Comparison {
  const { knob2: _k, values2: _v, ...rest } = c;
  if (knob2 === null || c.knob === null || knob2 === c.knob) return rest;
  const values = c.values.slice(0, Math.floor(MAX_RUNS / 2));
  return { ...rest, values, knob2, values2: defaultCompareValues(knob2, config) };
}
