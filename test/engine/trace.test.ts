import { describe, expect, it } from 'vitest';
import { createTrainer, makeData, traceStep, type Activation, type BackpropTrace, type NetworkSpec } from '../../src/engine/index.ts';
import { netSpec, relErr, trainerSpec } from './helpers.ts';

const X = [0.37, -0.81];

/** A float64 forward pass of the traced net from its W, b (the test's own reference): per layer z and a, and the loss. */
function reference(t: BackpropTrace, Ws: number[][], bs: number[][]): { z: number[][]; a: number[][]; loss: number } {
  const f: Record<Activation, (v: number) => number> = {
    sigmoid: (v) => 1 / (1 + Math.exp(-v)),
    tanh: Math.tanh,
    relu: (v) => Math.max(0, v),
    leakyRelu: (v) => (v > 0 ? v : 0.01 * v),
    linear: (v) => v,
  };
  let input = t.x;
  const zs: number[][] = [];
  const as: number[][] = [];
  t.layers.forEach((l, i) => {
    const z = Array.from({ length: l.outputs }, (_, u) => bs[i][u] + input.reduce((s, v, j) => s + Ws[i][u * l.inputs + j] * v, 0));
    const last = i === t.layers.length - 1;
    const a = z.map(last ? f.sigmoid : f[t.activation]);
    zs.push(z);
    as.push(a);
    input = a;
  });
  const out = as[as.length - 1];
  const loss = t.loss === 'mse'
    ? out.reduce((s, a, k) => s + 0.5 * (a - t.y[k]) ** 2, 0)
    : out.reduce((s, a, k) => s - t.y[k] * Math.log(a) - (1 - t.y[k]) * Math.log(1 - a), 0);
  return { z: zs, a: as, loss };
}

/** Central differences of the reference loss in every weight and bias of the traced net. */
function numericGrads(t: BackpropTrace): { dW: number[][]; db: number[][] } {
  const Ws = t.layers.map((l) => l.W.slice());
  const bs = t.layers.map((l) => l.b.slice());
  const eps = 1e-6;
  const diff = (arr: number[], i: number) => {
    const v = arr[i];
    arr[i] = v + eps; const hi = reference(t, Ws, bs).loss;
    arr[i] = v - eps; const lo = reference(t, Ws, bs).loss;
    arr[i] = v;
    return (hi - lo) / (2 * eps);
  };
  return {
    dW: Ws.map((W) => W.map((_, i) => diff(W, i))),
    db: bs.map((b) => b.map((_, i) => diff(b, i))),
  };
}

/** Relative closeness for float32 values formed from float32 factors (a few ulps). */
const close = (a: number, b: number) => Math.abs(a - b) <= 4e-7 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

const spec = (over: Partial<NetworkSpec> = {}) => netSpec({ hidden: [3, 2], activation: 'sigmoid', seed: 3, ...over });

describe('traceStep (one SGD step on one example, read from the engine)', () => {
  it('starts from the same weights a trainer of the same spec starts from', () => {
    const s = spec();
    const data = makeData({ name: 'xor', trainSize: 20, noise: 0, labelNoise: 0, seed: 3 });
    const trainer = createTrainer(trainerSpec(s, { kernels: 'js' }), data.train);
    const t = traceStep(s, X, [1], 0.5);
    trainer.network.layers.forEach((p, l) => {
      expect(t.layers[l].W).toEqual(Array.from(p.W));
      expect(t.layers[l].b).toEqual(Array.from(p.b));
    });
  });

  it('gives each unit the value a float64 forward pass gives it', () => {
    const t = traceStep(spec(), X, [1], 0.5);
    const ref = reference(t, t.layers.map((l) => l.W), t.layers.map((l) => l.b));
    t.layers.forEach((l, i) => {
      expect(relErr(l.z, ref.z[i])).toBeLessThan(1e-6);
      expect(relErr(l.a, ref.a[i])).toBeLessThan(1e-6);
    });
    expect(Math.abs(t.lossValue - ref.loss)).toBeLessThan(1e-6);
  });

  for (const [activation, loss] of [['sigmoid', 'bce'], ['tanh', 'bce'], ['sigmoid', 'mse'], ['leakyRelu', 'bce']] as const) {
    it(`has dW and db equal to central differences of the loss (${activation}, ${loss})`, () => {
      const t = traceStep(spec({ activation, loss, init: 'large' }), X, [0], 0.5);
      const num = numericGrads(t);
      t.layers.forEach((l, i) => {
        expect(relErr(l.dW, num.dW[i], 1e-9), `dW layer ${i}`).toBeLessThan(1e-4);
        expect(relErr(l.db, num.db[i], 1e-9), `db layer ${i}`).toBeLessThan(1e-4);
      });
    });
  }

  it('has δ = (Wᵀ·δ above) × slope in every hidden layer, to float rounding', () => {
    const t = traceStep(spec({ hidden: [3, 2, 2] }), X, [1], 0.5);
    for (let l = 0; l < t.layers.length - 1; l++) {
      const here = t.layers[l];
      const above = t.layers[l + 1];
      for (let j = 0; j < here.outputs; j++) {
        let sum = 0;
        for (let i = 0; i < above.outputs; i++) sum += above.W[i * above.inputs + j] * above.delta[i];
        expect(close(here.dA![j], sum), `dA layer ${l} unit ${j}`).toBe(true);
        expect(close(here.delta[j], here.dA![j] * here.slope![j]), `δ layer ${l} unit ${j}`).toBe(true);
      }
    }
  });

  it('reads sigmoid slopes as a(1 − a), never above 1/4', () => {
    const t = traceStep(spec(), X, [1], 0.5);
    for (const l of t.layers.slice(0, -1)) {
      l.slope!.forEach((s, j) => {
        expect(close(s, l.a[j] * (1 - l.a[j]))).toBe(true);
        expect(s).toBeLessThanOrEqual(0.25);
      });
    }
  });

  it('has δ = a − y at a cross-entropy output (no slope) and (a − y) × slope with squared error', () => {
    const bce = traceStep(spec(), X, [1], 0.5).layers.at(-1)!;
    expect(bce.slope).toBeNull();
    expect(bce.dA).toBeNull();
    expect(close(bce.delta[0], bce.a[0] - 1)).toBe(true);
    const mse = traceStep(spec({ loss: 'mse' }), X, [1], 0.5).layers.at(-1)!;
    expect(close(mse.slope![0], mse.a[0] * (1 - mse.a[0]))).toBe(true);
    expect(close(mse.delta[0], (mse.a[0] - 1) * mse.slope![0])).toBe(true);
  });

  it('has ∂L/∂W = δ × the input it came from and ∂L/∂b = δ', () => {
    const t = traceStep(spec(), X, [1], 0.5);
    expect(t.layers[0].input).toEqual(X.map(Math.fround));
    t.layers.forEach((l, i) => {
      if (i > 0) expect(l.input).toEqual(t.layers[i - 1].a);
      for (let u = 0; u < l.outputs; u++) {
        expect(l.db[u]).toBe(l.delta[u]);
        for (let j = 0; j < l.inputs; j++) expect(close(l.dW[u * l.inputs + j], l.delta[u] * l.input[j])).toBe(true);
      }
    });
  });

  it('takes "after" from the engine’s SGD step: w − η·∂L/∂w', () => {
    const t = traceStep(spec(), X, [1], 0.5);
    for (const l of t.layers) {
      l.W.forEach((w, i) => expect(l.WAfter[i]).toBe(Math.fround(w + Math.fround(-0.5 * l.dW[i]))));
      l.b.forEach((b, i) => expect(l.bAfter[i]).toBe(Math.fround(b + Math.fround(-0.5 * l.db[i]))));
    }
  });

  it('shrinks the first layer’s δ through a deeper sigmoid net (each layer back multiplies by a slope ≤ 1/4)', () => {
    const shallow = traceStep(spec({ hidden: [3, 3], init: 'xavier' }), X, [1], 0.5);
    const deep = traceStep(spec({ hidden: [3, 3, 3, 3, 3, 3], init: 'xavier' }), X, [1], 0.5);
    expect(deep.layers[0].gradNorm).toBeLessThan(shallow.layers[0].gradNorm / 10);
  });

  it('is deterministic and ignores the spec’s dropout (training mode, nothing dropped)', () => {
    const a = traceStep(spec(), X, [1], 0.5);
    expect(traceStep(spec(), X, [1], 0.5)).toEqual(a);
    expect(traceStep(spec({ dropout: { input: 0.5, hidden: 0.5 } }), X, [1], 0.5)).toEqual(a);
  });

  it('refuses batch norm, an example of the wrong size and a bad learning rate with a RangeError naming it', () => {
    expect(() => traceStep(spec({ batchNorm: true }), X, [1], 0.5)).toThrow(/batch norm/);
    expect(() => traceStep(spec(), [1, 2, 3], [1], 0.5)).toThrow(/3 inputs/);
    expect(() => traceStep(spec(), X, [1], Number.NaN)).toThrow(/learningRate NaN/);
    expect(() => traceStep(spec({ activation: 'swish' as Activation }), X, [1], 0.5)).toThrow(/swish/);
  });
});
