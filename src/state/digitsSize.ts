import type { LabConfig } from '../protocol.ts';
import type { Comparison } from './lessons.ts';
import type { Notice } from './urlRead.ts';

/** Training digits there are: a digits run of N trains on the first N of this pool (engine/digits.ts, DIGITS.poolSize). */
export const DIGITS_POOL = 1200;

/** A configuration and comparison with every digits run's N at most DIGITS_POOL, and a notice when one was larger. */
export function clampDigitsSize(config: LabConfig, comparison: Comparison): { config: LabConfig; comparison: Comparison; notice: Notice | null } {
  const clamp = (n: number) => Math.min(n, DIGITS_POOL);
  let given: number | null = null;
  const note = (n: number) => {
    if (n > DIGITS_POOL && given === null) given = n;
  };
  let out = config;
  let c = comparison;
  const digitsBase = config.dataset === 'digits' || (comparison.knob === 'dataset' && comparison.values.includes('digits'));
  if (digitsBase) {
    note(config.trainSize);
    if (config.trainSize > DIGITS_POOL) out = { ...config, trainSize: DIGITS_POOL };
    for (const [knob, values, key] of [[c.knob, c.values, 'values'], [c.knob2, c.values2, 'values2']] as const) {
      if (knob !== 'trainSize' || !values) continue;
      values.forEach((v) => note(v as number));
      if (values.some((v) => (v as number) > DIGITS_POOL)) c = { ...c, [key]: values.map((v) => clamp(v as number)) };
    }
  }
  const notice: Notice | null = given === null ? null : { param: 'trainSize', given: String(given), used: String(DIGITS_POOL), kind: 'clamped' };
  return { config: out, comparison: c, notice };
}
