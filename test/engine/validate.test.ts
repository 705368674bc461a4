import { describe, expect, it } from 'vitest';
import { createNetwork, createTrainer, makeData, type NetworkSpec, type TrainerSpec } from '../../src/engine/index.ts';
import { netSpec, trainerSpec } from './helpers.ts';

const { train } = makeData({ name: 'circles', trainSize: 32, noise: 0.05, labelNoise: 0, seed: 1 });

/** Casts a deliberately wrong value past the types, as a URL, a worker message or a JS caller could send it. */
const bad = <T>(v: unknown) => v as T;

/** [what is wrong, the network spec override, text the message must contain]. */
const badNetworks: [string, Partial<NetworkSpec>, string][] = [
  ['unknown activation', { activation: bad('swish') }, "'swish'"],
  ['unknown output activation', { outputActivation: bad('tanh') }, "'tanh'"],
  ['unknown loss', { loss: bad('hinge') }, "'hinge'"],
  ['unknown init', { init: bad('orthogonal') }, "'orthogonal'"],
  ['a fractional width', { hidden: [8, 2.5] }, '2.5'],
  ['a zero width', { hidden: [0] }, 'hidden[0] 0'],
  ['a negative width', { hidden: [4, -3] }, '-3'],
  ['a NaN width', { hidden: [NaN] }, 'NaN'],
  ['zero inputs', { inputs: 0 }, 'inputs 0'],
  ['fractional outputs', { outputs: 1.5 }, 'outputs 1.5'],
  ['input dropout 1', { dropout: { input: 1, hidden: 0 } }, 'dropout.input 1'],
  ['negative hidden dropout', { dropout: { input: 0, hidden: -0.1 } }, 'dropout.hidden -0.1'],
  ['NaN hidden dropout', { dropout: { input: 0, hidden: NaN } }, 'NaN'],
  ['infinite L2', { l2: Infinity }, 'l2 Infinity'],
  ['NaN L2', { l2: NaN }, 'l2 NaN'],
  ['negative L2', { l2: -0.01 }, 'l2 -0.01'],
  ['NaN seed', { seed: NaN }, 'seed NaN'],
  ['infinite seed', { seed: -Infinity }, 'seed -Infinity'],
  ['a one-unit softmax', { outputActivation: 'softmax', loss: 'softmaxCe', outputs: 1 }, 'outputs 1'],
  ['softmax CE on a sigmoid output', { outputActivation: 'sigmoid', loss: 'softmaxCe' }, "'softmaxCe'"],
  ['BCE on a softmax output', { outputActivation: 'softmax', loss: 'bce', outputs: 2 }, "'softmax'"],
  ['batch norm not a boolean', { batchNorm: bad('yes') }, "'yes'"],
];

/** [what is wrong, the trainer spec override, text the message must contain]. */
const badTrainers: [string, Partial<TrainerSpec>, string][] = [
  ['unknown optimiser', { optimizer: bad('rmsprop') }, "'rmsprop'"],
  ['NaN learning rate', { learningRate: NaN }, 'learningRate NaN'],
  ['infinite learning rate', { learningRate: Infinity }, 'learningRate Infinity'],
  ['negative learning rate', { learningRate: -0.1 }, 'learningRate -0.1'],
  ['batch size 0', { batchSize: 0 }, 'batchSize 0'],
  ['negative batch size', { batchSize: -5 }, 'batchSize -5'],
  ['NaN batch size', { batchSize: NaN }, 'batchSize NaN'],
  ['momentum 1', { optimizer: 'momentum', momentum: 1 }, 'momentum 1'],
];

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
}

describe('createNetwork refuses a spec it cannot build', () => {
  it.each(badNetworks)('%s: RangeError naming the value', (_, over, named) => {
    expect(message(() => createNetwork(netSpec(over)))).toContain(named);
  });
});

describe('createTrainer refuses a spec it cannot train', () => {
  it.each(badNetworks)('%s in the network: RangeError naming the value', (_, over, named) => {
    expect(message(() => createTrainer(trainerSpec(over), train))).toContain(named);
  });
  it.each(badTrainers)('%s: RangeError naming the value', (_, over, named) => {
    expect(message(() => createTrainer(trainerSpec({}, over), train))).toContain(named);
  });
  it('names both shapes when the training set does not fit the network', () => {
    expect(message(() => createTrainer(trainerSpec({ inputs: 3 }), train))).toMatch(/2 inputs.*3/);
  });
  it('refuses an empty training set', () => {
    const empty = { ...train, n: 0, x: new Float32Array(0), y: new Float32Array(0), labels: new Uint8Array(0) };
    expect(message(() => createTrainer(trainerSpec(), empty))).toContain('empty');
  });
});

describe('setHyper refuses a value it cannot use and keeps the old one', () => {
  it.each([
    ['NaN learning rate', { learningRate: NaN }, 'learningRate NaN'],
    ['infinite L2', { l2: Infinity }, 'l2 Infinity'],
    ['hidden dropout 1', { dropout: { input: 0, hidden: 1 } }, 'dropout.hidden 1'],
  ] as const)('%s', (_, h, named) => {
    const t = createTrainer(trainerSpec({ l2: 0.01, dropout: { input: 0, hidden: 0.2 } }), train);
    expect(message(() => t.setHyper(h))).toContain(named);
    expect(t.spec.learningRate).toBe(0.1);
    expect(t.network.spec.l2).toBe(0.01);
    expect(t.network.spec.dropout).toEqual({ input: 0, hidden: 0.2 });
  });
});

describe('a good spec still builds', () => {
  it('accepts every edge that is allowed: dropout 0, L2 0, learning rate 0, no hidden layer, batch 1', () => {
    const t = createTrainer(trainerSpec({ hidden: [], l2: 0 }, { learningRate: 0, batchSize: 1 }), train);
    expect(Number.isFinite(t.step())).toBe(true);
  });
  it('keeps L2 and dropout in the network spec that setHyper changes', () => {
    const t = createTrainer(trainerSpec(), train);
    t.setHyper({ l2: 0.5, dropout: { input: 0.1, hidden: 0.3 } });
    expect(t.network.spec.l2).toBe(0.5);
    expect(t.spec.network.dropout).toEqual({ input: 0.1, hidden: 0.3 });
  });
});
