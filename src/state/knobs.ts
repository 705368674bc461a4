import type { MessageKey } from '../i18n/index.ts';
import { KNOB_TABLE, type KnobGroupName, type KnobRow } from '../knobTable.ts';
import type { KnobKey, LabConfig } from '../protocol.ts';

/** A row's text keys, as keys of the English messages (Korean has the same keys). */
interface KnobTexts {
  label: MessageKey;
  hint: MessageKey;
}

/**
 * Every knob of a run with all its facts (domain, slider, group, live, texts): the table of knobTable.ts,
 * whose label and hint keys must be message keys here, so a misspelt or missing text does not compile.
 */
export const KNOBS: { readonly [K in KnobKey]: KnobRow<LabConfig[K]> & KnobTexts } = KNOB_TABLE;

export { decadeStops, KNOB_GROUP_NAMES, KNOB_KEYS, type KnobGroupName } from '../knobTable.ts';

/** Knobs whose values are options, and the message key of each option's name. */
type EnumKey = { [K in KnobKey]: LabConfig[K] extends string ? K : never }[KnobKey];
type OptionKey = { [K in EnumKey]: `opt.${K}.${LabConfig[K]}` }[EnumKey] | `opt.bool.${boolean}`;
/** Compile-time: every option of every enum knob, and on/off, has a name in the messages. */
export const OPTION_TEXTS_COMPLETE: [Exclude<OptionKey, MessageKey>] extends [never] ? true : { missing: Exclude<OptionKey, MessageKey> } = true;

/** Message key of the name of a knob's value: an option's name, or on/off (numbers have none). */
export function optionKey(knob: KnobKey, value: LabConfig[KnobKey]): MessageKey {
  return (KNOBS[knob].kind === 'bool' ? `opt.bool.${Boolean(value)}` : `opt.${knob}.${String(value)}`) as OptionKey;
}

/** Compile-time: every control group has a title in the messages. */
export const GROUP_TEXTS_COMPLETE: `controls.group.${KnobGroupName}` extends MessageKey ? true : never = true;

/** Message key of a control group's title. */
export function groupLabelKey(group: KnobGroupName): MessageKey {
  return `controls.group.${group}`;
}

/** The configuration a bare page starts from (lesson 1's). */
export const DEFAULT_CONFIG: LabConfig = {
  dataset: 'circles',
  noise: 0.05,
  labelNoise: 0,
  trainSize: 200,
  depth: 8,
  width: 16,
  activation: 'sigmoid',
  init: 'xavier',
  loss: 'ce',
  batchNorm: false,
  dropoutInput: 0,
  dropoutHidden: 0,
  l2: 0,
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 32,
  seed: 1,
  // The best kernels; the worker uses JS where SIMD cannot run and the compute readout says so.
  kernels: 'simd',
};

/** A value as it is written in a URL. */
export function formatKnob(key: KnobKey, value: LabConfig[KnobKey]): string {
  const def = KNOBS[key];
  if (def.kind === 'bool') return value ? '1' : '0';
  if (def.kind === 'number') return String(Number((value as number).toPrecision(6)));
  return String(value);
}

/** Result of reading one knob value from text. */
export type ParsedKnob =
  | { ok: true; value: LabConfig[KnobKey]; adjusted?: 'clamped' | 'rounded' }
  | { ok: false };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads one knob from text: enums must match, numbers are clamped/rounded into range, bools take 1/0/true/false/on/off/yes/no. */
export function parseKnob(key: KnobKey, text: string): ParsedKnob {
  const def = KNOBS[key];
  const t = text.trim();
  switch (def.kind) {
    case 'enum': {
      const hit = def.options.find((o) => o.toLowerCase() === t.toLowerCase());
      return hit === undefined ? { ok: false } : { ok: true, value: hit as LabConfig[KnobKey] };
    }
    case 'bool': {
      const v = t.toLowerCase();
      if (['1', 'true', 'on', 'yes'].includes(v)) return { ok: true, value: true };
      if (['0', 'false', 'off', 'no'].includes(v)) return { ok: true, value: false };
      return { ok: false };
    }
    case 'number': {
      if (!NUMBER.test(t)) return { ok: false };
      const n = Number(t);
      if (!Number.isFinite(n)) return { ok: false };
      let v = Math.min(def.max, Math.max(def.min, n));
      let adjusted: 'clamped' | 'rounded' | undefined = v !== n ? 'clamped' : undefined;
      if (def.integer && !Number.isInteger(v)) {
        v = Math.round(v);
        adjusted ??= 'rounded';
      }
      return adjusted ? { ok: true, value: v, adjusted } : { ok: true, value: v };
    }
  }
}
