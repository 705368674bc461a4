/**
 * Our engine (src/engine) through its public face: loadKernels(), createTrainer + trainer.step(),
 * with trainer.layerStats() read every 10 steps — the app's reporting cadence, so its cost counts.
 * Imported by a computed URL so this file type-checks before src/engine/index.ts exists.
 */
import type { Dataset, KernelKind, Trainer, TrainerSpec } from '../../src/engine/types.ts';
import type { Workload } from '../workloads.ts';
import type { BenchRunner } from './runner.ts';

export const ENGINE_URL = new URL('../../src/engine/index.ts', import.meta.url);
export const STATS_EVERY = 10;

interface EngineModule {
  loadKernels(): Promise<KernelKind>;
  createTrainer(spec: TrainerSpec, data: Dataset): Trainer;
}

export function trainerSpec(w: Workload, kernels: KernelKind, seed = 1): TrainerSpec {
  return {
    network: {
      inputs: w.inputs,
      hidden: [...w.hidden],
      outputs: w.outputs,
      activation: w.activation,
      outputActivation: w.loss === 'softmaxCe' ? 'softmax' : 'sigmoid',
      loss: w.loss,
      init: w.init,
      batchNorm: false,
      dropout: { input: 0, hidden: w.dropoutHidden },
      l2: 0,
      seed,
    },
    optimizer: 'sgd',
    learningRate: w.learningRate,
    batchSize: w.batch,
    kernels,
  };
}

export async function setup(w: Workload, data: Dataset, kernels: KernelKind): Promise<BenchRunner> {
  const mod = (await import(ENGINE_URL.href)) as EngineModule;
  const loaded = await mod.loadKernels();
  if (kernels === 'simd' && loaded !== 'simd') throw new Error('the SIMD kernels did not load');
  const trainer = mod.createTrainer(trainerSpec(w, kernels), data);
  let sink = 0;
  return {
    step() {
      trainer.step();
      if (trainer.stepCount % STATS_EVERY === 0) {
        const stats = trainer.layerStats();
        sink += stats[0].gradNorm;
      }
    },
    examples: () => trainer.epoch * data.n,
    sync() {
      if (sink === -1) console.log('unreachable');
    },
    loss: () => trainer.step(),
  };
}
