import { describe, expect, it } from 'vitest';
import { createTrainer, defaultGrid, makeData } from '../../src/engine/index.ts';
import { trainerSpec, KINDS } from './helpers.ts';

const { train, val } = makeData({ name: 'circles', trainSize: 64, noise: 0.05, labelNoise: 0, seed: 1 });

describe.each(KINDS)('trainer (%s kernels)', (kernels) => {
  it('counts steps and fractional epochs, clamping the batch to the training-set size', () => {
    const t = createTrainer({ ...trainerSpec({}, { batchSize: 16 }), kernels }, train);
    for (let i = 0; i < 6; i++) t.step();
    expect(t.stepCount).toBe(6);
    expect(t.epoch).toBeCloseTo(1.5, 10);
    const full = createTrainer({ ...trainerSpec({}, { batchSize: 1000 }), kernels }, train);
    full.step();
    full.step();
    expect(full.epoch).toBe(2);
  });

  it('learns circles with a small tanh net', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [8, 8] }, { optimizer: 'momentum', learningRate: 0.1 }), kernels }, train);
    const before = t.evaluate(val);
    for (let i = 0; i < 600; i++) t.step();
    const after = t.evaluate(val);
    expect(after.loss).toBeLessThan(before.loss / 3);
    expect(after.accuracy).toBeGreaterThan(0.95);
  });

  it('returns a fresh evaluation result per call, the data loss without the L2 term', () => {
    const t = createTrainer({ ...trainerSpec({ l2: 0.5 }), kernels }, train);
    const a = t.evaluate(train);
    const b = t.evaluate(val);
    expect(a).not.toBe(b);
    const p = t.network.predict(train.x, train.n);
    let loss = 0;
    for (let i = 0; i < train.n; i++) loss -= train.y[i] ? Math.log(p[i]) : Math.log(1 - p[i]);
    expect(a.loss).toBeCloseTo(loss / train.n, 5);
  });

  it('moves weights by the SGD rule W ← W − η·(∂L/∂W + λW) and reports ‖ΔW‖/‖W‖', () => {
    const t = createTrainer({ ...trainerSpec({ l2: 0.01 }, { learningRate: 0.3, batchSize: 64 }), kernels }, train);
    const W = t.network.layers[1].W.slice();
    const dW = t.network.computeGradients(train.x, train.y, 64).layers[1].dW.slice();
    t.step();
    const after = t.network.layers[1].W;
    let d2 = 0;
    for (let i = 0; i < W.length; i++) {
      expect(after[i]).toBeCloseTo(W[i] - 0.3 * dW[i], 5);
      d2 += (after[i] - W[i]) ** 2;
    }
    const stats = t.layerStats()[1];
    expect(stats.updateRatio).toBeCloseTo(Math.sqrt(d2) / stats.weightNorm, 6);
  });

  it('makes Adam’s first step move each weight by about η', () => {
    const t = createTrainer({ ...trainerSpec({}, { optimizer: 'adam', learningRate: 1e-3, batchSize: 64 }), kernels }, train);
    const W = t.network.layers[0].W.slice();
    t.step();
    for (let i = 0; i < W.length; i++) {
      const d = Math.abs(t.network.layers[0].W[i] - W[i]);
      expect(d).toBeLessThan(1.0001e-3);
      expect(d).toBeGreaterThan(0.5e-3);
    }
  });

  it('makes the first momentum step equal the SGD step, and later steps differ', () => {
    const sgd = createTrainer({ ...trainerSpec({}, { learningRate: 0.1 }), kernels }, train);
    const mom = createTrainer({ ...trainerSpec({}, { optimizer: 'momentum', learningRate: 0.1 }), kernels }, train);
    sgd.step();
    mom.step();
    expect(mom.network.layers[0].W).toEqual(sgd.network.layers[0].W);
    sgd.step();
    mom.step();
    expect(mom.network.layers[0].W).not.toEqual(sgd.network.layers[0].W);
  });

  it('reports layer statistics of the last step', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [16, 16], activation: 'relu' }), kernels }, train);
    t.step();
    const stats = t.layerStats();
    expect(stats).toHaveLength(3);
    expect(t.layerStats()).toBe(stats);
    for (const s of stats) {
      for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
      expect(s.gradNorm).toBeGreaterThan(0);
      expect(s.updateRatio).toBeGreaterThan(0);
      expect(s.weightNorm).toBeGreaterThan(0);
    }
    expect(stats[2].dead).toBe(0);
    expect(stats[0].actMean).toBeGreaterThan(0);
  });

  it('counts a ReLU unit that is zero for the whole batch as dead', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [8], activation: 'relu' }), kernels }, train);
    t.network.layers[0].b.fill(-100);
    t.network.layers[0].b[0] = 100;
    t.step();
    expect(t.layerStats()[0].dead).toBeCloseTo(7 / 8, 10);
  });

  it('counts saturated sigmoid and tanh activations', () => {
    for (const activation of ['sigmoid', 'tanh'] as const) {
      const t = createTrainer({ ...trainerSpec({ hidden: [8], activation }), kernels }, train);
      t.network.layers[0].b.fill(20);
      t.network.layers[0].b[0] = 0;
      t.network.layers[0].W.fill(0);
      t.step();
      expect(t.layerStats()[0].saturated).toBeCloseTo(7 / 8, 10);
      expect(t.layerStats()[0].actStd).toBeGreaterThan(0);
    }
  });

  it('writes boundary probabilities at cell centres, row 0 at the top', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [] }), kernels }, train);
    t.network.layers[0].W.set([0, 10]);
    const grid = defaultGrid(5);
    const out = t.boundary(grid, new Float32Array(25));
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-12)), 6);
    expect(out[24]).toBeCloseTo(1 / (1 + Math.exp(12)), 6);
    const centres = new Float32Array([-1.2, 1.2, 0, 0, 1.2, -1.2]);
    const p = t.network.predict(centres, 3);
    expect([out[0], out[12], out[24]]).toEqual(Array.from(p));
    expect(() => t.boundary(grid, new Float32Array(24))).toThrow(RangeError);
  });

  it('fills a large boundary grid with one probability vector per cell for softmax', () => {
    const data = makeData({ name: 'spiral3', trainSize: 30, noise: 0, labelNoise: 0, seed: 1 }).train;
    const t = createTrainer({ ...trainerSpec({ outputs: 3, loss: 'softmaxCe' }), kernels }, data);
    const out = t.boundary(defaultGrid(100), new Float32Array(100 * 100 * 3));
    for (let c = 0; c < 10000; c += 997) expect(out[3 * c] + out[3 * c + 1] + out[3 * c + 2]).toBeCloseTo(1, 5);
  });

  it('reports keep-masks of the first example: all kept without dropout, about 1−p with it', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [256, 256] }), kernels }, train);
    t.step();
    const masks = t.dropoutMasks();
    expect(masks.map((m) => m.length)).toEqual([2, 256, 256]);
    expect(masks.every((m) => m.every((v) => v === 1))).toBe(true);
    t.setHyper({ dropout: { input: 0, hidden: 0.5 } });
    t.step();
    const kept = t.dropoutMasks()[1].reduce((s, v) => s + v, 0);
    expect(kept).toBeGreaterThan(96);
    expect(kept).toBeLessThan(160);
    expect(t.network.spec.dropout.hidden).toBe(0.5);
  });

  it('changes the learning rate and L2 in place without resetting weights', () => {
    const t = createTrainer({ ...trainerSpec(), kernels }, train);
    t.step();
    const W = t.network.layers[0].W.slice();
    t.setHyper({ learningRate: 0 });
    const plain = t.step();
    expect(t.network.layers[0].W).toEqual(W);
    t.setHyper({ l2: 1 });
    expect(t.step()).toBeGreaterThan(plain + 0.1);
    expect(t.spec.learningRate).toBe(0);
  });

  it('detects NaN or infinite parameters', () => {
    const t = createTrainer({ ...trainerSpec(), kernels }, train);
    t.step();
    expect(t.hasNonFinite()).toBe(false);
    t.network.layers[1].W[3] = Infinity;
    expect(t.hasNonFinite()).toBe(true);
    const wild = createTrainer({ ...trainerSpec({ activation: 'relu', init: 'large', hidden: [64, 64, 64] }, { learningRate: 1e6 }), kernels }, train);
    for (let i = 0; i < 50 && !wild.hasNonFinite(); i++) wild.step();
    expect(wild.hasNonFinite()).toBe(true);
  });

  it('rejects a loss that does not fit the output, and data that does not fit the net', () => {
    expect(() => createTrainer({ ...trainerSpec({ loss: 'softmaxCe', outputActivation: 'sigmoid' }), kernels }, train)).toThrow(RangeError);
    expect(() => createTrainer({ ...trainerSpec({ outputs: 3, loss: 'softmaxCe' }), kernels }, train)).toThrow(RangeError);
  });
});
