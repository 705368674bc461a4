import { deriveSeed } from '../engine/rng.ts';
import type { DatasetName, DataSpec, NetworkSpec, Trainer, TrainerSpec } from '../engine/types.ts';
import { classesOf, inputsOfConfig } from '../netShape.ts';
import type { LabConfig, OwnPoints } from '../protocol.ts';

export { classesOf };

/** Validation-set size: fixed, whatever the training size, so "more data" is a fair test. */
export const VAL_SIZE = 500;


/** The built-in data a run trains and is validated on (own data does not go through here). */
export function dataSpecOf(config: LabConfig): DataSpec {
  if (config.dataset === 'own') throw new RangeError('own data has no data spec: it is sent with the runs');
  const name: DatasetName = config.dataset;
  return {
    name,
    trainSize: config.trainSize,
    noise: config.noise,
    labelNoise: config.labelNoise,
    seed: config.seed,
    valSize: VAL_SIZE,
  };
}

/**
 * The network seed of seed s of a run whose seed is `base` (its init, batch-order and dropout streams derive
 * from it): `base` itself for s = 0, so one seed trains exactly as before; an independent stream of `base`
 * for s ≥ 1, alike for every run, so seed s of run A and of run B differ only in the compared knob.
 */
export function memberSeed(base: number, s: number): number {
  return s === 0 ? base : deriveSeed(base, 'member', s);
}

/** The network and optimiser of a run (of its seed s: memberSeed). 'ce' means BCE on two classes, softmax CE on three or more (digits: 64 inputs, 10 outputs). */
export function trainerSpecOf(config: LabConfig, own: OwnPoints | null = null, seedIndex = 0): TrainerSpec {
  const classes = classesOf(config, own);
  const outputs = classes === 2 ? 1 : classes;
  const network: NetworkSpec = {
    inputs: inputsOfConfig(config),
    hidden: Array.from({ length: config.depth }, () => config.width),
    outputs,
    activation: config.activation,
    outputActivation: config.loss === 'ce' && classes > 2 ? 'softmax' : 'sigmoid',
    loss: config.loss === 'mse' ? 'mse' : classes > 2 ? 'softmaxCe' : 'bce',
    init: config.init,
    batchNorm: config.batchNorm,
    dropout: { input: config.dropoutInput, hidden: config.dropoutHidden },
    l2: config.l2,
    seed: memberSeed(config.seed, seedIndex),
  };
  return {
    network,
    optimizer: config.optimizer,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
  };
}

/**
 * What Trainer.setHyper takes, from a run's configuration: the settings of its trainer spec that can change
 * while it trains. The worker applies them when only live knobs changed (knobTable.ts says which are live).
 */
export function hyperOf(config: LabConfig, own: OwnPoints | null = null): Parameters<Trainer['setHyper']>[0] {
  const { learningRate, network } = trainerSpecOf(config, own);
  return { learningRate, l2: network.l2, dropout: network.dropout };
}
