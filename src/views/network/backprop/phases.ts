import type { BackpropTrace } from '../../../state/backprop.ts';

/**
 * One phase of the step-through. `layer` indexes trace.layers (0 = first hidden layer, last = output).
 * forward: that layer's z and a; error: the output's δ; backward: δ of a hidden layer from the layer
 * above; gradients: every ∂L/∂W = δ × input; update: w ← w − η·∂L/∂w; chain: why far layers get less.
 */
export type Phase =
  | { kind: 'forward'; layer: number }
  | { kind: 'error' }
  | { kind: 'backward'; layer: number }
  | { kind: 'gradients' }
  | { kind: 'update' }
  | { kind: 'chain' };

/** The phases of one traced step, in teaching order: forward layer by layer, the error, back layer by layer, gradients, update, the chain of slopes (when there are hidden layers). */
export function phasesOf(trace: BackpropTrace): Phase[] {
  const L = trace.layers.length;
  const phases: Phase[] = [];
  for (let l = 0; l < L; l++) phases.push({ kind: 'forward', layer: l });
  phases.push({ kind: 'error' });
  for (let l = L - 2; l >= 0; l--) phases.push({ kind: 'backward', layer: l });
  phases.push({ kind: 'gradients' }, { kind: 'update' });
  // With no hidden layer there is no chain of slopes to show.
  if (L > 1) phases.push({ kind: 'chain' });
  return phases;
}

/** A traced layer's column name as the diagram heads it: H1 … Hn, then the output ("out" is passed in, translated). */
export function layerName(layer: number, layers: number, out: string): string {
  return layer === layers - 1 ? out : `H${layer + 1}`;
}

/** The name of input j of traced layer l: x₁, x₂ for the first layer, else the previous layer's unit. */
export function inputName(layer: number, j: number, layers: number, out: string): string {
  return layer === 0 ? `x${sub(j + 1)}` : unitName(layer - 1, j, layers, out);
}

/** The name of unit i of traced layer l: H1₂, out₁. */
export function unitName(layer: number, i: number, layers: number, out: string): string {
  return `${layerName(layer, layers, out)}${sub(i + 1)}`;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** A positive integer in subscript digits. */
export function sub(n: number): string {
  return String(n).replace(/[0-9]/g, (c) => SUB[Number(c)]);
}
