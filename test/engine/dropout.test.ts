import { describe, expect, it } from 'vitest';
import { Mlp } from '../../src/engine/network.ts';
import { fixedMatrix, netSpec, KINDS } from './helpers.ts';

const mean = (v: Float32Array, len = v.length) => {
  let s = 0;
  for (let i = 0; i < len; i++) s += v[i];
  return s / len;
};

describe.each(KINDS)('inverted dropout (%s kernels)', (kernels) => {
  const n = 64;
  const x = fixedMatrix(n, 2, 3);

  it('changes training-mode outputs from call to call but never evaluation-mode outputs', () => {
    const net = new Mlp(netSpec({ hidden: [32, 32], dropout: { input: 0.2, hidden: 0.5 } }), { kernels });
    const t1 = net.forwardTraining(x, n).slice(0, n);
    const t2 = net.forwardTraining(x, n).slice(0, n);
    expect(t2).not.toEqual(t1);
    const e1 = net.predict(x, n).slice();
    const e2 = net.predict(x, n).slice();
    expect(e2).toEqual(e1);
  });

  it('matches evaluation mode exactly when the rates are 0', () => {
    const net = new Mlp(netSpec({ hidden: [32, 32] }), { kernels });
    expect(net.forwardTraining(x, n).slice(0, n)).toEqual(net.predict(x, n).slice());
  });

  it('keeps the mean input to the first layer: kept inputs are scaled by 1/(1−p)', () => {
    const k = 256;
    const net = new Mlp(netSpec({ inputs: k, hidden: [1], activation: 'linear', dropout: { input: 0.5, hidden: 0 } }), { kernels });
    net.layers[0].W.fill(1 / k);
    net.forwardTraining(new Float32Array(n * k).fill(1), n);
    expect(mean(net.state[0].z, n)).toBeGreaterThan(0.97);
    expect(mean(net.state[0].z, n)).toBeLessThan(1.03);
  });

  it('keeps the mean hidden activation and drops about a share p of hidden units', () => {
    const net = new Mlp(netSpec({ hidden: [256, 4], activation: 'sigmoid', dropout: { input: 0, hidden: 0.5 } }), { kernels });
    net.forwardTraining(x, n);
    const st = net.state[0];
    const len = n * 256;
    expect(mean(st.aDrop, len) / mean(st.a, len)).toBeGreaterThan(0.97);
    expect(mean(st.aDrop, len) / mean(st.a, len)).toBeLessThan(1.03);
    let dropped = 0;
    for (let i = 0; i < len; i++) if (st.mult[i] === 0) dropped++;
    expect(dropped / len).toBeGreaterThan(0.48);
    expect(dropped / len).toBeLessThan(0.52);
    for (let i = 0; i < len; i++) expect(st.mult[i] === 0 || st.mult[i] === 2).toBe(true);
  });

  it('never drops output units', () => {
    const net = new Mlp(netSpec({ hidden: [8], dropout: { input: 0.5, hidden: 0.5 } }), { kernels });
    net.forwardTraining(x, n);
    expect(net.state[1].dropped).toBe(false);
  });
});
