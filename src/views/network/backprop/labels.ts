import type { BackpropTrace } from '../../../state/backprop.ts';
import type { Phase } from './phases.ts';

/** What a unit of the diagram shows in a phase: its input value x, its activation a, or its error δ. */
export interface UnitLabel {
  what: 'x' | 'a' | 'δ';
  value: number;
}

/** The layer (index into trace.layers) whose units a phase works on, or null (inputs, or every layer). */
export function activeLayer(phase: Phase, layers: number): number | null {
  if (phase.kind === 'forward' || phase.kind === 'backward') return phase.layer;
  if (phase.kind === 'error') return layers - 1;
  return null;
}

/**
 * The label of unit i in diagram column c (0 = inputs, c = layer c − 1 of the trace) in a phase:
 * inputs always show x; going forward, layers show a once computed; going back, layers show δ once reached.
 */
export function unitLabel(trace: BackpropTrace, phase: Phase, c: number, i: number): UnitLabel | null {
  if (c === 0) return { what: 'x', value: trace.x[i] };
  const l = c - 1;
  const layer = trace.layers[l];
  const L = trace.layers.length;
  switch (phase.kind) {
    case 'forward':
      return l <= phase.layer ? { what: 'a', value: layer.a[i] } : null;
    case 'error':
      return l === L - 1 ? { what: 'δ', value: layer.delta[i] } : { what: 'a', value: layer.a[i] };
    case 'backward':
      return l >= phase.layer ? { what: 'δ', value: layer.delta[i] } : { what: 'a', value: layer.a[i] };
    case 'gradients':
    case 'update':
    case 'chain':
      return { what: 'δ', value: layer.delta[i] };
  }
}

/** Whether the weights of trace layer l (the edges into diagram column l + 1) take part in a phase. */
export function edgesActive(phase: Phase, l: number): boolean {
  if (phase.kind === 'forward') return l === phase.layer;
  if (phase.kind === 'backward') return l === phase.layer + 1;
  return phase.kind !== 'error';
}
