import type { Activation } from '../../../protocol.ts';
import type { BackpropTrace } from '../../../state/backprop.ts';
import type { StepT } from './useStepT.ts';
import { num } from './numbers.ts';
import { layerName, type Phase } from './phases.ts';

/** The name an activation goes by in a formula: σ, tanh, ReLU … */
export function fName(f: Activation): string {
  switch (f) {
    case 'sigmoid': return 'σ';
    case 'tanh': return 'tanh';
    case 'relu': return 'ReLU';
    case 'leakyRelu': return 'leaky ReLU';
    case 'linear': return 'id';
  }
}

/** The derivative's name in a formula: σ′, tanh′ … */
export function slopeName(f: Activation): string {
  return f === 'linear' ? '1' : `${fName(f)}′`;
}

const list = (values: readonly number[]) => values.map((v) => num(v)).join(', ');

/** A phase's heading. */
export function phaseTitle(t: StepT, trace: BackpropTrace, phase: Phase): string {
  const L = trace.layers.length;
  const out = t('backprop.out');
  switch (phase.kind) {
    case 'forward': return t('backprop.forward.title', { layer: layerName(phase.layer, L, out) });
    case 'error': return t('backprop.error.title');
    case 'backward': return t('backprop.backward.title', { layer: layerName(phase.layer, L, out) });
    case 'gradients': return t('backprop.gradients.title');
    case 'update': return t('backprop.update.title');
    case 'chain': return t('backprop.chain.title');
  }
}

/** A phase's numbers in one sentence (for the live region): the values it adds. */
export function phaseSummary(t: StepT, trace: BackpropTrace, phase: Phase): string {
  const L = trace.layers.length;
  const out = t('backprop.out');
  const last = trace.layers[L - 1];
  switch (phase.kind) {
    case 'forward':
      return t('backprop.forward.summary', { layer: layerName(phase.layer, L, out), values: list(trace.layers[phase.layer].a) });
    case 'error':
      return t('backprop.error.summary', { a: list(last.a), y: list(trace.y), delta: list(last.delta) });
    case 'backward':
      return t('backprop.backward.summary', { layer: layerName(phase.layer, L, out), values: list(trace.layers[phase.layer].delta) });
    case 'gradients':
      return t('backprop.gradients.summary', {
        values: trace.layers.map((l, i) => `${layerName(i, L, out)} ${num(l.gradNorm)}`).join(', '),
      });
    case 'update':
      return t('backprop.update.summary', { lr: num(trace.learningRate) });
    case 'chain':
      return t('backprop.chain.summary', {
        values: trace.layers.map((l, i) => `${layerName(i, L, out)} ${num(l.deltaNorm)}`).reverse().join(', '),
      });
  }
}
