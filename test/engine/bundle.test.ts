import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Engine = typeof import('../../src/engine/index.ts');

describe('the engine bundled by plain esbuild (as external benchmarks do)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engine-bundle-'));
  const out = join(dir, 'engine.cjs');
  // The API form of: esbuild src/engine/index.ts --bundle --platform=node --format=cjs (no plugins, no loaders).
  beforeAll(() => {
    buildSync({ entryPoints: ['src/engine/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads with require, resolves simd and trains a step on both kernel kinds', async () => {
    const engine = createRequire(import.meta.url)(out) as Engine;
    expect(await engine.loadKernels()).toBe('simd');
    const { train } = engine.makeData({ name: 'circles', trainSize: 64, noise: 0.05, labelNoise: 0, seed: 1 });
    const spec = {
      inputs: 2, hidden: [32, 32], outputs: 1, activation: 'tanh' as const, loss: 'bce' as const, init: 'xavier' as const,
      batchNorm: false, dropout: { input: 0, hidden: 0 }, l2: 0, seed: 1,
    };
    const losses = (['js', 'simd'] as const).map((kernels) => {
      const net = engine.createNetwork(spec, { kernels });
      expect(net.kernels).toBe(kernels);
      const first = net.trainStep(train.x, train.y, 32, 0.5);
      let last = first;
      for (let i = 0; i < 50; i++) last = net.trainStep(train.x, train.y, 32, 0.5);
      expect(last).toBeLessThan(first);
      return first;
    });
    expect(Math.abs(losses[0] - losses[1])).toBeLessThan(1e-6);
  });

  it('loads the digits from a path the caller gives, and builds a digits trainer', async () => {
    const engine = createRequire(import.meta.url)(out) as Engine;
    expect(() => engine.makeData({ name: 'digits', trainSize: 50, noise: 0, labelNoise: 0, seed: 1 })).toThrow(/not loaded yet/);
    await engine.loadDigits(join(process.cwd(), 'src', 'engine', 'digits', 'digits.bin'));
    const { train, val } = engine.makeData({ name: 'digits', trainSize: 50, noise: 0, labelNoise: 0, seed: 1 });
    expect([train.n, train.inputs, train.outputs, val.n]).toEqual([50, 64, 10, 597]);
    const trainer = engine.createTrainer({
      network: { inputs: 64, hidden: [32], outputs: 10, activation: 'relu', loss: 'softmaxCe', init: 'he', batchNorm: false,
        dropout: { input: 0, hidden: 0 }, l2: 0, seed: 1 },
      optimizer: 'sgd', learningRate: 0.1, batchSize: 10, kernels: 'simd',
    }, train);
    expect(Number.isFinite(trainer.step())).toBe(true);
  });
});
