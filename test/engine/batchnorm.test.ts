import { describe, expect, it } from 'vitest';
import { createTrainer, makeData } from '../../src/engine/index.ts';
import type { Mlp } from '../../src/engine/network.ts';
import { trainerSpec, KINDS } from './helpers.ts';

describe.each(KINDS)('batch normalisation (%s kernels)', (kernels) => {
  const { train } = makeData({ name: 'circles', trainSize: 1000, noise: 0.05, labelNoise: 0, seed: 2 });

  it('normalises each hidden unit over the batch to mean β and std γ in training mode', () => {
    const t = createTrainer({ ...trainerSpec({ hidden: [16, 16], batchNorm: true, activation: 'linear' }), kernels }, train);
    const net = t.network as Mlp;
    net.layers[0].gamma!.fill(2);
    net.layers[0].beta!.fill(0.5);
    net.forwardTraining(train.x, 256);
    const a = net.state[0].a;
    for (let j = 0; j < 16; j++) {
      let s = 0, s2 = 0;
      for (let i = 0; i < 256; i++) { s += a[i * 16 + j]; s2 += a[i * 16 + j] ** 2; }
      const mu = s / 256;
      expect(mu).toBeCloseTo(0.5, 4);
      expect(Math.sqrt(s2 / 256 - mu * mu)).toBeCloseTo(2, 2);
    }
  });

  it('makes evaluation mode (running statistics) agree with training mode on a large batch after warm-up', () => {
    for (const activation of ['sigmoid', 'relu'] as const) {
      const t = createTrainer({ ...trainerSpec({ hidden: [16, 16, 16], batchNorm: true, activation }), kernels }, train);
      for (let i = 0; i < 300; i++) t.step();
      t.setHyper({ learningRate: 0 });
      for (let i = 0; i < 100; i++) t.step();
      const net = t.network as Mlp;
      const evalOut = net.predict(train.x, train.n).slice();
      const trainOut = net.forwardTraining(train.x, train.n);
      let sum = 0;
      for (let i = 0; i < train.n; i++) sum += Math.abs(evalOut[i] - trainOut[i]);
      expect(sum / train.n).toBeLessThan(0.02);
      for (const st of net.state.slice(0, 3)) {
        const m = st.m;
        for (let j = 0; j < m; j++) {
          let mu = 0, v = 0;
          for (let i = 0; i < train.n; i++) mu += st.z[i * m + j] / train.n;
          for (let i = 0; i < train.n; i++) v += (st.z[i * m + j] - mu) ** 2 / train.n;
          expect(Math.abs(st.runMean[j] - mu)).toBeLessThan(0.1 * Math.sqrt(v));
          expect(st.runVar[j] / v).toBeGreaterThan(0.8);
          expect(st.runVar[j] / v).toBeLessThan(1.25);
        }
      }
    }
  });

  it('keeps the redundant bias of a normalised layer at 0 and reports db = 0', () => {
    const t = createTrainer({ ...trainerSpec({ batchNorm: true }, { optimizer: 'adam', learningRate: 0.01 }), kernels }, train);
    for (let i = 0; i < 20; i++) t.step();
    expect(t.network.layers[0].b.every((b) => b === 0)).toBe(true);
    expect(t.layerStats()[0].biasGradNorm).toBe(0);
    expect(t.network.layers[2].b.some((b) => b !== 0)).toBe(true);
  });
});
