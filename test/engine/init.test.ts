import { describe, expect, it } from 'vitest';
import { createNetwork, createTrainer, makeData, type InitName } from '../../src/engine/index.ts';
import { netSpec, trainerSpec, KINDS } from './helpers.ts';

function moments(W: Float32Array): { mean: number; variance: number; min: number; max: number } {
  let s = 0, s2 = 0, min = Infinity, max = -Infinity;
  for (const w of W) { s += w; s2 += w * w; min = Math.min(min, w); max = Math.max(max, w); }
  const mean = s / W.length;
  return { mean, variance: s2 / W.length - mean * mean, min, max };
}

describe.each(KINDS)('initialisation (%s kernels)', (kernels) => {
  const nIn = 512, nOut = 512;
  const expected: [InitName, number][] = [
    ['small', 0.01 ** 2],
    ['standard', 1 / (3 * nIn)],
    ['xavier', 2 / (nIn + nOut)],
    ['he', 2 / nIn],
    ['large', 1],
  ];

  it.each(expected)('%s init on a 512×512 layer has the variance of its definition', (init, variance) => {
    const W = createNetwork(netSpec({ inputs: nIn, hidden: [nOut], init }), { kernels }).layers[0].W;
    const m = moments(W);
    expect(Math.abs(m.mean)).toBeLessThan(0.01 * Math.sqrt(variance) + 1e-9);
    expect(m.variance / variance).toBeGreaterThan(0.97);
    expect(m.variance / variance).toBeLessThan(1.03);
  });

  it('keeps uniform inits inside their limits', () => {
    const std = moments(createNetwork(netSpec({ inputs: nIn, hidden: [nOut], init: 'standard' }), { kernels }).layers[0].W);
    expect(Math.max(-std.min, std.max)).toBeLessThanOrEqual(1 / Math.sqrt(nIn));
    const xav = moments(createNetwork(netSpec({ inputs: nIn, hidden: [nOut], init: 'xavier' }), { kernels }).layers[0].W);
    expect(Math.max(-xav.min, xav.max)).toBeLessThanOrEqual(Math.sqrt(6 / (nIn + nOut)));
  });

  it('starts zero init and every bias at 0, and batch-norm γ at 1 and β at 0', () => {
    const net = createNetwork(netSpec({ init: 'zero', batchNorm: true }), { kernels });
    for (const p of net.layers) {
      expect(p.W.every((w) => w === 0)).toBe(true);
      expect(p.b.every((b) => b === 0)).toBe(true);
    }
    expect(net.layers[0].gamma!.every((g) => g === 1)).toBe(true);
    expect(net.layers[0].beta!.every((b) => b === 0)).toBe(true);
    expect(net.layers[2].gamma).toBeUndefined();
  });

  it('gives nets of the same shape and seed bit-identical weights whatever the activation or loss', () => {
    const a = createNetwork(netSpec({ activation: 'sigmoid', hidden: [16, 16, 16] }), { kernels });
    const b = createNetwork(netSpec({ activation: 'relu', hidden: [16, 16, 16], loss: 'mse', batchNorm: true }), { kernels });
    a.layers.forEach((p, l) => expect(b.layers[l].W).toEqual(p.W));
  });

  it('scales one normal draw sequence for small and He, and one uniform sequence for standard and Xavier', () => {
    const w = (init: InitName) => createNetwork(netSpec({ init, hidden: [16, 16] }), { kernels }).layers[1].W;
    const small = w('small'), he = w('he'), large = w('large');
    const standard = w('standard'), xavier = w('xavier');
    const heScale = Math.sqrt(2 / 16) / 0.01;
    const xavScale = Math.sqrt(6 / 32) * Math.sqrt(16);
    for (let i = 0; i < small.length; i++) {
      expect(he[i]).toBeCloseTo(small[i] * heScale, 5);
      expect(large[i]).toBeCloseTo(small[i] * 100, 4);
      expect(xavier[i]).toBeCloseTo(standard[i] * xavScale, 5);
    }
  });

  it('draws the same first layers when only a later layer differs', () => {
    const a = createNetwork(netSpec({ hidden: [16, 16, 8] }), { kernels });
    const b = createNetwork(netSpec({ hidden: [16, 16, 32, 4] }), { kernels });
    expect(b.layers[0].W).toEqual(a.layers[0].W);
    expect(b.layers[1].W).toEqual(a.layers[1].W);
  });
});

describe.each(KINDS)('determinism (%s kernels)', (kernels) => {
  const { train } = makeData({ name: 'moons', trainSize: 100, noise: 0.1, labelNoise: 0.1, seed: 3 });
  const run = (seed: number) => {
    const t = createTrainer({ ...trainerSpec({ seed, batchNorm: true, dropout: { input: 0.1, hidden: 0.3 }, l2: 1e-3 },
      { optimizer: 'adam', learningRate: 0.01, batchSize: 16 }), kernels }, train);
    const losses: number[] = [];
    for (let i = 0; i < 50; i++) losses.push(t.step());
    return { losses, W: t.network.layers.map((p) => p.W.slice()), dW: t.network.computeGradients(train.x, train.y, 20).layers.map((g) => g.dW.slice()) };
  };

  it('repeats losses, weights and gradients bit for bit after 50 steps with the same spec and seed', () => {
    const a = run(9), b = run(9);
    expect(b.losses).toEqual(a.losses);
    expect(b.W).toEqual(a.W);
    expect(b.dW).toEqual(a.dW);
  });

  it('differs with a different seed', () => {
    const a = run(9), b = run(10);
    expect(b.losses).not.toEqual(a.losses);
    expect(b.W[0]).not.toEqual(a.W[0]);
  });
});
