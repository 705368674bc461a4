import type { KnobKey, KnobValue, LabConfig, RunSpec } from '../protocol.ts';
import { formatKnob } from './knobs.ts';
import type { Comparison } from './lessons.ts';

/** Most runs one comparison may train at once. */
export const MAX_RUNS = 8;

/** Run ids a comparison can have, in order. */
export const RUN_IDS = 'ABCDEFGH';

function withKnob(config: LabConfig, key: KnobKey, value: KnobValue): LabConfig {
  return { ...config, [key]: value } as LabConfig;
}

/** The runs of a comparison: the base configuration with the compared knob(s) set per run (first knob outer). */
export function runSpecs(config: LabConfig, c: Comparison): RunSpec[] {
  if (c.knob === null || c.values.length === 0) return [{ id: 'A', label: 'A', config: { ...config } }];
  const specs: RunSpec[] = [];
  const inner = c.knob2 && c.values2 && c.values2.length ? c.values2 : [undefined];
  for (const v of c.values) {
    for (const v2 of inner) {
      if (specs.length >= MAX_RUNS) break;
      let cfg = withKnob(config, c.knob, v);
      let label = `${c.knob}=${formatKnob(c.knob, v)}`;
      if (v2 !== undefined && c.knob2) {
        cfg = withKnob(cfg, c.knob2, v2);
        label += ` ${c.knob2}=${formatKnob(c.knob2, v2)}`;
      }
      specs.push({ id: RUN_IDS[specs.length], label, config: cfg });
    }
  }
  return specs;
}
