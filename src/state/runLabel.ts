import type { KnobKey, KnobValue } from '../protocol.ts';
import type { MessageKey } from '../i18n/index.ts';
import { KNOBS, optionKey } from './knobs.ts';
import type { Comparison } from './lessons.ts';
import { RUN_IDS } from './runs.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A knob value as a person reads it: option names translated, numbers short. */
export function knobValueText(t: T, knob: KnobKey, value: KnobValue): string {
  const def = KNOBS[knob];
  if (def.kind !== 'number') return t(optionKey(knob, value));
  return String(Number((value as number).toPrecision(4)));
}

/** The label of run i of a comparison, e.g. "A · ReLU" or "C · Sigmoid, Hidden dropout 0.5". */
export function runLabel(t: T, c: Comparison, i: number): string {
  const id = RUN_IDS[i];
  if (!c.knob) return id;
  const inner = c.knob2 && c.values2 && c.values2.length ? c.values2.length : 1;
  const v = c.values[Math.floor(i / inner)];
  // Between a change of the comparison and the worker's answer, runs and values may not match yet.
  if (v === undefined) return id;
  let text = `${id} · ${knobValueText(t, c.knob, v)}`;
  const knobDef = KNOBS[c.knob];
  if (knobDef.kind !== 'enum') text = `${id} · ${t(knobDef.label)} ${knobValueText(t, c.knob, v)}`;
  if (c.knob2 && c.values2 && c.values2.length) {
    const v2 = c.values2[i % inner];
    if (v2 === undefined) return text;
    text += `, ${t(KNOBS[c.knob2].label)} ${knobValueText(t, c.knob2, v2)}`;
  }
  return text;
}
