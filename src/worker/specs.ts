import type { DataSpec, NetworkSpec, TrainerSpec } from '../engine/types.ts';
import type { DatasetName } from '../engine/types.ts';
import type { LabConfig, OwnPoints } from '../protocol.ts';

/** Validation-set size: fixed, whatever the training size, so "more data" is a fair test. */
export const VAL_SIZE = 500;

/** Number of classes of a run's data: own data's, 3 for spiral3, else 2. */
export function classesOf(config: LabConfig, own: OwnPoints | null = null): number {
  if (config.dataset === 'own') return own?.classes ?? 2;
  return config.dataset === 'spiral3' ? 3 : 2;
}

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

/** The network and optimiser of a run. 'ce' means BCE on two classes, softmax CE on three. */
export function trainerSpecOf(config: LabConfig, own: OwnPoints | null = null): TrainerSpec {
  const classes = classesOf(config, own);
  const outputs = classes === 2 ? 1 : classes;
  const network: NetworkSpec = {
    inputs: 2,
    hidden: Array.from({ length: config.depth }, () => config.width),
    outputs,
    activation: config.activation,
    outputActivation: config.loss === 'ce' && classes > 2 ? 'softmax' : 'sigmoid',
    loss: config.loss === 'mse' ? 'mse' : classes > 2 ? 'softmaxCe' : 'bce',
    init: config.init,
    batchNorm: config.batchNorm,
    dropout: { input: config.dropoutInput, hidden: config.dropoutHidden },
    l2: config.l2,
    seed: config.seed,
  };
  return {
    network,
    optimizer: config.optimizer,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
  };
}

/** Knobs that can change while a run trains, without rebuilding it. */
export const LIVE_KNOBS = ['learningRate', 'l2', 'dropoutInput', 'dropoutHidden'] as const;

/** True when a and b differ only in live knobs. */
export function differsOnlyLive(a: LabConfig, b: LabConfig): boolean {
  for (const key of Object.keys(a) as (keyof LabConfig)[]) {
    if (a[key] !== b[key] && !(LIVE_KNOBS as readonly string[]).includes(key)) return false;
  }
  return true;
}
