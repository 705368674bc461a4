import type { KnobKey, KnobValue } from '../../protocol.ts';
import { KNOBS, optionKey } from '../../state/knobs.ts';
import type { Translate } from './useT.ts';
import { formatNumber } from './format.ts';

/** A knob's value as a person reads it: an option's or on/off's name, a number as its slider reads it out, the seed whole. */
export function valueText(t: Translate, knob: KnobKey, value: KnobValue): string {
  const def = KNOBS[knob];
  if (def.kind !== 'number') return t(optionKey(knob, value));
  return def.slider.scale === 'field' ? String(value) : formatNumber(value as number);
}
