import type { KnobKey } from '../../protocol.ts';
import type { ControlName } from '../../state/url.ts';

/** A group of knob controls, named as `?controls=` names it. */
export interface KnobGroup {
  name: Extract<ControlName, 'data' | 'network' | 'training' | 'regularisation'>;
  knobs: readonly KnobKey[];
}

/** Every knob in exactly one group, in the order the controls show them (DESIGN §6). */
export const KNOB_GROUPS: readonly KnobGroup[] = [
  { name: 'data', knobs: ['dataset', 'noise', 'labelNoise', 'trainSize'] },
  { name: 'network', knobs: ['depth', 'width', 'activation', 'init', 'loss', 'batchNorm'] },
  { name: 'training', knobs: ['optimizer', 'learningRate', 'batchSize', 'seed', 'kernels'] },
  { name: 'regularisation', knobs: ['dropoutInput', 'dropoutHidden', 'l2'] },
];

/** True when a control group is shown: `controls` null shows everything; presenter mode keeps the essentials. */
export function showsControl(controls: readonly ControlName[] | null, present: boolean, name: ControlName): boolean {
  if (present && name !== 'play' && name !== 'compare') return false;
  return controls === null || controls.includes(name);
}
