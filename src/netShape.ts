/**
 * The shape of a run's network as both sides of the worker count it: classes, units per layer, weights and
 * parameters. One definition for the pool's balancing, the worker's build and the compute readout.
 */
import { DIGITS } from './engine/digits.ts';
import type { LabConfig } from './protocol.ts';

/** Number of classes of a run's data: own data's (given), 3 for spiral3, 10 for digits, else 2. */
export function classesOf(config: LabConfig, own: { classes: number } | null = null): number {
  if (config.dataset === 'own') return own?.classes ?? 2;
  return config.dataset === 'spiral3' ? 3 : config.dataset === 'digits' ? DIGITS.classes : 2;
}

/** Inputs of a run's network: 64 pixels for digits, else 2 coordinates. */
export function inputsOfConfig(config: LabConfig): number {
  return config.dataset === 'digits' ? DIGITS.pixels : 2;
}

/** Units per layer, input → output: the inputs, `depth` hidden layers of `width`, one sigmoid output for two classes, else one per class. */
export function layerSizesOf(config: LabConfig, classes: number): number[] {
  return [inputsOfConfig(config), ...Array.from({ length: config.depth }, () => config.width), classes === 2 ? 1 : classes];
}

/** Weights of a fully connected net (sizes input → output), biases left out. */
export function weightCount(layerSizes: readonly number[]): number {
  let w = 0;
  for (let l = 1; l < layerSizes.length; l++) w += layerSizes[l - 1] * layerSizes[l];
  return w;
}

/** Trainable parameters (sizes input → output): weights + biases, plus γ and β per hidden unit with batch norm. */
export function paramCount(layerSizes: readonly number[], batchNorm: boolean): number {
  let n = weightCount(layerSizes);
  for (let l = 1; l < layerSizes.length; l++) {
    n += layerSizes[l];
    if (batchNorm && l < layerSizes.length - 1) n += 2 * layerSizes[l];
  }
  return n;
}
