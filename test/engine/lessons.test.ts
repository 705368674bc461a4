import { describe, expect, it } from 'vitest';
import { createNetwork, createTrainer, makeData } from '../../src/engine/index.ts';
import { netSpec, KINDS } from './helpers.ts';

const seeds = [1, 2, 3];

describe.each(KINDS)('lesson facts (three seeds each) (%s kernels)', (kernels) => {
  it.each(seeds)('deep sigmoid gradients vanish at init while ReLU + He keep their size (seed %i)', (seed) => {
    const { train } = makeData({ name: 'circles', trainSize: 200, noise: 0.05, labelNoise: 0, seed });
    const sigmoid = createNetwork(netSpec({ hidden: Array(5).fill(16), activation: 'sigmoid', init: 'standard', seed }), { kernels })
      .computeGradients(train.x, train.y, 32).layers;
    expect(sigmoid[0].gradNorm / sigmoid[4].gradNorm).toBeLessThan(1e-2);
    const relu = createNetwork(netSpec({ hidden: Array(10).fill(16), activation: 'relu', init: 'he', seed }), { kernels })
      .computeGradients(train.x, train.y, 32).layers;
    const ratio = relu[0].gradNorm / relu[9].gradNorm;
    expect(ratio).toBeGreaterThan(0.1);
    expect(ratio).toBeLessThan(10);
  });

  it('gives a saturated wrong sigmoid output (z = 7, y = 0) over 100× the delta under cross-entropy than under squared error', () => {
    const delta = (loss: 'bce' | 'mse') => {
      const net = createNetwork(netSpec({ inputs: 1, hidden: [], loss }), { kernels });
      net.layers[0].W[0] = 0;
      net.layers[0].b[0] = 7;
      return net.computeGradients(new Float32Array([0]), new Float32Array([0]), 1).layers[0].deltaNorm;
    };
    expect(delta('bce')).toBeCloseTo(1 / (1 + Math.exp(-7)), 5);
    expect(delta('bce') / delta('mse')).toBeGreaterThan(100);
  });

  it.each(seeds)('a big net overfits little noisy data and dropout narrows the gap (seed %i)', (seed) => {
    const { train, val } = makeData({ name: 'moons', trainSize: 40, noise: 0.1, labelNoise: 0.15, seed });
    const gap = (dropout: { input: number; hidden: number }) => {
      const t = createTrainer({
        network: netSpec({ hidden: [64, 64, 64], activation: 'relu', init: 'xavier', dropout, seed }),
        optimizer: 'adam', learningRate: 1e-3, batchSize: 40, kernels,
      }, train);
      for (let i = 0; i < 1000; i++) t.step();
      const tr = t.evaluate(train), va = t.evaluate(val);
      return { train: tr.loss, val: va.loss, gap: va.loss - tr.loss };
    };
    const plain = gap({ input: 0, hidden: 0 });
    expect(plain.train).toBeLessThan(0.05);
    expect(plain.val).toBeGreaterThan(1);
    expect(plain.gap).toBeGreaterThan(1);
    const dropped = gap({ input: 0.2, hidden: 0.5 });
    expect(dropped.gap).toBeLessThan(plain.gap / 2);
  });

  it.each(seeds)('batch norm rescues an 8-layer sigmoid net that stalls without it (two Gaussians, seed %i)', (seed) => {
    const { train, val } = makeData({ name: 'gaussians', trainSize: 200, noise: 0.05, labelNoise: 0, seed });
    const acc = (batchNorm: boolean) => {
      const t = createTrainer({
        network: netSpec({ hidden: Array(8).fill(16), activation: 'sigmoid', init: 'xavier', batchNorm, seed }),
        optimizer: 'sgd', learningRate: 0.5, batchSize: 32, kernels,
      }, train);
      for (let i = 0; i < 1500; i++) t.step();
      return t.evaluate(val).accuracy;
    };
    expect(acc(false)).toBeLessThan(0.6);
    expect(acc(true)).toBeGreaterThan(0.9);
  });
});
