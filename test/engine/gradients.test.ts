import { describe, expect, it } from 'vitest';
import { createNetwork, type Activation, type KernelKind, type LossName, type Network, type NetworkSpec } from '../../src/engine/index.ts';
import { fixedMatrix, netSpec, numericGrad as numericGradN, relErr, KINDS } from './helpers.ts';

const N = 7;
const numericGrad = (net: Network, p: Float32Array, x: Float32Array, y: Float32Array, eps: number) => numericGradN(net, p, x, y, N, eps);

/** Targets for a loss: 0/1 per sigmoid output, one-hot rows for softmax. */
function targets(loss: LossName, outputs: number): Float32Array {
  const y = new Float32Array(N * outputs);
  for (let i = 0; i < N; i++) {
    if (loss === 'softmaxCe') y[i * outputs + (i % outputs)] = 1;
    else for (let j = 0; j < outputs; j++) y[i * outputs + j] = (i + j) % 2;
  }
  return y;
}

/** A small net with every bias, γ and β moved off its initial value so their gradients are exercised. */
function smallNet(over: Partial<NetworkSpec>, kernels: KernelKind): Network {
  const net = createNetwork(netSpec({ inputs: 3, hidden: [5, 4], init: 'xavier', ...over }), { kernels });
  net.layers.forEach((p, l) => {
    const shift = (v: Float32Array, seed: number, scale: number) => {
      const r = fixedMatrix(1, v.length, seed);
      for (let i = 0; i < v.length; i++) v[i] += scale * r[i];
    };
    if (!p.gamma) shift(p.b, 11 + l, 0.3);
    if (p.gamma) shift(p.gamma, 21 + l, 0.3);
    if (p.beta) shift(p.beta, 31 + l, 0.3);
  });
  return net;
}

/** Relative error, absolute below 1e-3 (float32 finite differences cannot resolve less; a β before a further BN has gradient 0). */
const gradErr = (a: ArrayLike<number>, b: ArrayLike<number>) => relErr(a, b, 1e-3);

/** Checks dW, db (and dγ, dβ) of every layer against central differences. */
function checkGradients(over: Partial<NetworkSpec>, kernels: KernelKind): void {
  const net = smallNet(over, kernels);
  const x = fixedMatrix(N, 3, 5);
  const y = targets(net.spec.loss, net.spec.outputs);
  const res = net.computeGradients(x, y, N);
  const analytic = res.layers.map((l) => ({
    dW: l.dW.slice(), db: l.db.slice(), dGamma: l.dGamma?.slice(), dBeta: l.dBeta?.slice(),
  }));
  net.layers.forEach((p, l) => {
    const a = analytic[l];
    expect(gradErr(a.dW, numericGrad(net, p.W, x, y, 1e-3)), `dW layer ${l}`).toBeLessThan(1e-2);
    if (!p.gamma) expect(gradErr(a.db, numericGrad(net, p.b, x, y, 1e-3)), `db layer ${l}`).toBeLessThan(1e-2);
    if (p.gamma) expect(gradErr(a.dGamma!, numericGrad(net, p.gamma, x, y, 1e-3)), `dγ layer ${l}`).toBeLessThan(1e-2);
    // A linear layer's shift β is removed again by the next layer's batch mean: its gradient is exactly 0.
    const betaCancels = over.activation === 'linear' && l < net.layers.length - 2;
    if (p.beta && betaCancels) for (const g of a.dBeta!) expect(Math.abs(g)).toBeLessThan(1e-5);
    if (p.beta && !betaCancels) expect(gradErr(a.dBeta!, numericGrad(net, p.beta, x, y, 1e-3)), `dβ layer ${l}`).toBeLessThan(1e-2);
  });
}

const activations: Activation[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'];
const losses: [LossName, number][] = [['bce', 1], ['bce', 2], ['mse', 1], ['mse', 2], ['softmaxCe', 3]];

describe.each(KINDS)('computeGradients agrees with central finite differences (%s kernels)', (kernels) => {
  for (const activation of activations) {
    for (const [loss, outputs] of losses) {
      for (const l2 of [0, 0.1]) {
        it(`${activation} hidden, ${loss} with ${outputs} output(s), L2 ${l2}`, () => {
          checkGradients({ activation, loss, outputs, l2 }, kernels);
        });
      }
    }
    it(`${activation} hidden with batch norm (dW, dγ, dβ) and L2`, () => {
      checkGradients({ activation, loss: 'bce', batchNorm: true, l2: 0.05 }, kernels);
    });
    it(`${activation} hidden with batch norm and softmax cross-entropy`, () => {
      checkGradients({ activation, loss: 'softmaxCe', outputs: 3, batchNorm: true, hidden: [6, 5, 4] }, kernels);
    });
  }
});

describe.each(KINDS)('gradient result (%s kernels)', (kernels) => {
  it('reports the mean loss plus (λ/2)ΣW² and gradNorm = ‖dW‖', () => {
    const over = { inputs: 3, hidden: [5, 4], loss: 'bce' as const };
    const x = fixedMatrix(N, 3, 5);
    const y = targets('bce', 1);
    const plain = createNetwork(netSpec(over), { kernels }).computeGradients(x, y, N).loss;
    const net = createNetwork(netSpec({ ...over, l2: 0.1 }), { kernels });
    let w2 = 0;
    for (const p of net.layers) for (const w of p.W) w2 += w * w;
    const res = net.computeGradients(x, y, N);
    expect(res.loss).toBeCloseTo(plain + 0.05 * w2, 5);
    for (const l of res.layers) expect(l.gradNorm).toBeCloseTo(Math.hypot(...l.dW), 6);
  });

  it('reports deltaNorm of the output layer as ‖(a − y)/n‖ for cross-entropy', () => {
    const net = createNetwork(netSpec({ inputs: 3 }), { kernels });
    const x = fixedMatrix(N, 3, 5);
    const y = targets('bce', 1);
    const a = net.predict(x, N).slice();
    const res = net.computeGradients(x, y, N);
    let s = 0;
    for (let i = 0; i < N; i++) s += ((a[i] - y[i]) / N) ** 2;
    expect(res.layers[2].deltaNorm).toBeCloseTo(Math.sqrt(s), 6);
  });

  it('keeps the loss finite for a saturated sigmoid output (stable softplus form)', () => {
    const net = createNetwork(netSpec({ hidden: [], inputs: 1 }), { kernels });
    net.layers[0].W[0] = 0;
    net.layers[0].b[0] = 200;
    const res = net.computeGradients(new Float32Array([0]), new Float32Array([0]), 1);
    expect(res.loss).toBeCloseTo(200, 3);
    expect(res.layers[0].db[0]).toBeCloseTo(1, 5);
  });

  it('keeps softmax cross-entropy finite for huge logits (log-sum-exp)', () => {
    const net = createNetwork(netSpec({ hidden: [], inputs: 1, outputs: 3, loss: 'softmaxCe' }), { kernels });
    net.layers[0].b.set([500, 0, -500]);
    const res = net.computeGradients(new Float32Array([0]), new Float32Array([0, 1, 0]), 1);
    expect(res.loss).toBeCloseTo(500, 3);
    expect(Array.from(res.layers[0].db)).toEqual([1, -1, 0]);
  });
});
