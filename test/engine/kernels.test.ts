import { describe, expect, it } from 'vitest';
import {
  createNetwork, createTrainer, kernelReport, loadKernels, makeData, type KernelKind,
} from '../../src/engine/index.ts';
import { fixedMatrix, KINDS, netSpec, relErr, trainerSpec } from './helpers.ts';

describe('loadKernels', () => {
  it('resolves to simd in Node, with no fallback reason and the module size', async () => {
    expect(await loadKernels()).toBe('simd');
    const r = kernelReport();
    expect(r?.kind).toBe('simd');
    expect(r?.reason).toBeNull();
    expect(r?.moduleBytes).toBeGreaterThan(1000);
  });

  it('makes simd the default of createNetwork once resolved, and honours an explicit kind', async () => {
    await loadKernels();
    expect(createNetwork(netSpec()).kernels).toBe('simd');
    expect(createNetwork(netSpec(), { kernels: 'js' }).kernels).toBe('js');
    const { train } = makeData({ name: 'xor', trainSize: 50, noise: 0, labelNoise: 0, seed: 1 });
    expect(createTrainer({ ...trainerSpec(), kernels: 'js' }, train).network.kernels).toBe('js');
    expect(createTrainer({ ...trainerSpec(), kernels: 'simd' }, train).network.kernels).toBe('simd');
  });
});

describe.each(KINDS)('network on %s kernels', (kernels: KernelKind) => {
  const n = 20;
  const x = fixedMatrix(n, 2, 3);
  const y = new Float32Array(n).map((_, i) => i % 2);

  it('trainStep is computeGradients followed by p ← p − lr·∂L/∂p on W and b', () => {
    const a = createNetwork(netSpec({ hidden: [6, 5] }), { kernels });
    const b = createNetwork(netSpec({ hidden: [6, 5] }), { kernels });
    const g = b.computeGradients(x, y, n);
    const expected = b.layers.map((p, l) => ({
      W: p.W.map((w, i) => w - 0.3 * g.layers[l].dW[i]), b: p.b.map((v, i) => v - 0.3 * g.layers[l].db[i]),
    }));
    const loss = a.trainStep(x, y, n, 0.3);
    expect(loss).toBe(g.loss);
    a.layers.forEach((p, l) => {
      expect(relErr(p.W, expected[l].W)).toBeLessThan(1e-6);
      expect(relErr(p.b, expected[l].b)).toBeLessThan(1e-6);
    });
  });

  it('keeps layers[i].W live: a write to it changes what predict computes', () => {
    const net = createNetwork(netSpec({ hidden: [] , inputs: 2 }), { kernels });
    net.layers[0].W.set([0, 0]);
    net.layers[0].b[0] = 0;
    expect(net.predict(new Float32Array([1, 1]), 1)[0]).toBe(0.5);
    net.layers[0].W.set([1, 2]);
    expect(net.predict(new Float32Array([1, 1]), 1)[0]).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
  });

  it('handles a batch larger than it was created for (buffers grow once) with the same results', () => {
    const big = 300;
    const xb = fixedMatrix(big, 2, 8);
    const yb = new Float32Array(big).map((_, i) => (i * 7) % 2);
    const net = createNetwork(netSpec({ hidden: [16, 16], batchNorm: true }), { kernels, batch: 8 });
    const ref = createNetwork(netSpec({ hidden: [16, 16], batchNorm: true }), { kernels, batch: big });
    net.computeGradients(xb, yb, 8);
    const g = net.computeGradients(xb, yb, big);
    const r = ref.computeGradients(xb, yb, big);
    expect(g.loss).toBe(r.loss);
    g.layers.forEach((l, i) => expect(l.dW).toEqual(r.layers[i].dW));
    net.layers[0].W[0] += 1;
    expect(net.layers[0].W[0]).toBe(ref.layers[0].W[0] + 1);
  });
});

describe('js and simd kernels', () => {
  it('compute the same gradients to float rounding on a deep, wide net', () => {
    const spec = netSpec({ hidden: [64, 33, 128], activation: 'relu', init: 'he' });
    const x = fixedMatrix(37, 2, 4);
    const y = new Float32Array(37).map((_, i) => i % 2);
    const a = createNetwork(spec, { kernels: 'js' }).computeGradients(x, y, 37);
    const b = createNetwork(spec, { kernels: 'simd' }).computeGradients(x, y, 37);
    expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-6);
    a.layers.forEach((l, i) => expect(relErr(l.dW, b.layers[i].dW)).toBeLessThan(1e-5));
  });
});
