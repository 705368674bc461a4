import type { KnobKey } from '../../protocol.ts';
import { KNOB_GROUP_NAMES, KNOB_KEYS, KNOBS, type KnobGroupName } from '../../state/knobs.ts';
import type { ControlName } from '../../state/urlParams.ts';

/** A group of knob controls, named as `?controls=` names it. */
export interface KnobGroup {
  name: KnobGroupName;
  knobs: readonly KnobKey[];
}

/** Every knob in the group its row names, groups and knobs in table order (DESIGN §6). */
export const KNOB_GROUPS: readonly KnobGroup[] = KNOB_GROUP_NAMES.map((name) => ({
  name,
  knobs: KNOB_KEYS.filter((k) => KNOBS[k].group === name),
}));

/** True when a control group is shown: `controls` null shows everything; presenter mode keeps the essentials. */
export function showsControl(controls: readonly ControlName[] | null, present: boolean, name: ControlName): boolean {
  if (present && name !== 'play' && name !== 'compare') return false;
  return controls === null || controls.includes(name);
}
