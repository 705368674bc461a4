/**
 * brain.js NeuralNetwork. The installed peer is 1.6.1 (latest stable, pure JS with gpu.js 1.10);
 * the 2.0.0 betas need gpu.js 2 → headless-gl, a native build. The engine "brain.js-2beta" loads
 * 2.0.0-beta.24 from bench/peers/node_modules (installed there with scripts off by bench/peers.ts,
 * so headless-gl is never built; its CPU NeuralNetwork does not need it), or from BENCH_BRAIN2.
 *
 * brain.js trains per example (online SGD): each example is forward, backward and update at once;
 * there are no mini-batches, no BCE, no dropout, and the output unit uses the hidden activation
 * with the squared-error rule. We initialise through its public train() (one pattern, one
 * iteration), then call its per-example trainPattern() on its own formatted data with momentum 0
 * — what train() runs inside, minus its per-epoch error pass (its best case).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/engine/types.ts';
import type { Workload } from '../workloads.ts';
import { rows, type BenchRunner } from './runner.ts';

type Pattern = { input: ArrayLike<number>; output: ArrayLike<number> };
interface BrainNet {
  trainOpts: { learningRate: number; momentum: number };
  train(data: Pattern[], opts: object): unknown;
  formatData(data: Pattern[]): Pattern[];
  trainPattern(value: Pattern, logErrorRate?: boolean): number | null;
}
interface BrainModule {
  NeuralNetwork: new (opts: object) => unknown;
}

/** Where bench/peers.ts installs brain.js 2.0.0-beta.24 (apart from the app's node_modules, scripts off). */
export const BRAIN2_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'peers', 'node_modules', 'brain.js');

export async function loadBrain(version: 'installed' | '2beta'): Promise<BrainModule> {
  if (version === 'installed') return (await import('brain.js')).default as unknown as BrainModule;
  const dir = process.env.BENCH_BRAIN2 ?? BRAIN2_DIR;
  return createRequire(path.join(path.resolve(dir), 'package.json'))(path.resolve(dir)) as BrainModule;
}

export async function setupBrain(mod: BrainModule, w: Workload, data: Dataset): Promise<BenchRunner> {
  const net = new mod.NeuralNetwork({ hiddenLayers: [...w.hidden], activation: w.activation }) as BrainNet;
  const plain = rows(data);
  // Its option check refuses momentum 0: initialise with 0.1, then set 0. The momentum term is
  // still computed (×0) in every update, as with any momentum, so the cost is unchanged.
  net.train(plain.slice(0, 1), { iterations: 1, learningRate: w.learningRate, momentum: 0.1, errorThresh: 0.005 });
  net.trainOpts.momentum = 0;
  net.trainOpts.learningRate = w.learningRate;
  const pats = net.formatData(plain);
  const B = w.batch;
  let r = 0;
  let examples = 0;
  return {
    step() {
      for (let i = 0; i < B; i++) {
        net.trainPattern(pats[r]);
        r = r + 1 === pats.length ? 0 : r + 1;
      }
      examples += B;
    },
    examples: () => examples,
    sync() {},
    loss() {
      let sum = 0;
      for (let i = 0; i < B; i++) sum += net.trainPattern(pats[(r + i) % pats.length], true) ?? NaN;
      return sum / B;
    },
  };
}
