import { describe, expect, it } from 'vitest';
import type { OwnPoints } from '../../src/protocol.ts';
import { applyLive, buildRuns, configuredMessage, createRunSet, keepsRuns, type Setup } from '../../src/worker/runSet.ts';
import { smallRuns } from './harness.ts';

const setup = (over: Partial<Setup> = {}): Setup => ({ specs: smallRuns(), runIds: undefined, mode: 'lockstep', data: null, ...over });

/** Own points of two classes; the key tells one set from another. */
function own(key: number): OwnPoints {
  const pts = { x: Float32Array.from([0.1, 0.2, -0.3, 0.4, 0.5, -0.6, -0.7, -0.8]), labels: Uint8Array.from([0, 1, 0, 1]), n: 4 };
  return { key, classes: 2, train: pts, val: pts };
}

describe('keepsRuns', () => {
  it('keeps the runs when only live knobs change, and rebuilds on any other knob', () => {
    expect(keepsRuns(setup(), setup({ specs: smallRuns({ learningRate: 0.01, l2: 0.001 }) }))).toBe(true);
    expect(keepsRuns(setup(), setup({ specs: smallRuns({ depth: 2 }) }))).toBe(false);
    expect(keepsRuns(setup(), setup({ specs: smallRuns({ seed: 7 }) }))).toBe(false);
  });

  it('rebuilds when the comparison’s runs, a pool’s split of them or the mode change', () => {
    const [a, b] = smallRuns();
    expect(keepsRuns(setup(), setup({ specs: [a] }))).toBe(false);
    expect(keepsRuns(setup(), setup({ specs: [b, a] }))).toBe(false);
    expect(keepsRuns(setup({ runIds: ['A'] }), setup({ runIds: ['A'] }))).toBe(true);
    expect(keepsRuns(setup({ runIds: ['A'] }), setup({ runIds: ['B'] }))).toBe(false);
    expect(keepsRuns(setup({ runIds: ['A', 'B'] }), setup())).toBe(false);
    expect(keepsRuns(setup(), setup({ mode: 'race' }))).toBe(false);
  });

  it('rebuilds on other own points only when a run trains on them', () => {
    const onOwn = smallRuns({ dataset: 'own' });
    expect(keepsRuns(setup({ specs: onOwn, data: own(1) }), setup({ specs: onOwn, data: own(1) }))).toBe(true);
    expect(keepsRuns(setup({ specs: onOwn, data: own(1) }), setup({ specs: onOwn, data: own(2) }))).toBe(false);
    expect(keepsRuns(setup({ specs: onOwn, data: own(1) }), setup({ specs: onOwn, data: null }))).toBe(false);
    expect(keepsRuns(setup({ data: own(1) }), setup({ data: own(2) }))).toBe(true);
  });

  it('keeps an empty comparison before the first runs (nothing to build)', () => {
    expect(keepsRuns(createRunSet().setup, setup({ specs: [] }))).toBe(true);
  });
});

describe('buildRuns', () => {
  it('builds the runs a pool gave this worker, at step 0 with their first point, and the grid over the whole comparison', () => {
    const all = createRunSet();
    all.setup = setup();
    buildRuns(all, 'js');
    const onlyB = createRunSet();
    onlyB.setup = setup({ runIds: ['B'] });
    onlyB.step = 40;
    buildRuns(onlyB, 'js');
    expect(onlyB.trained.map((r) => r.spec.id)).toEqual(['B']);
    expect(onlyB.step).toBe(0);
    expect(onlyB.trained[0].pending.map((p) => p.step)).toEqual([0]);
    expect(onlyB.grid).toEqual(all.grid);
    expect(configuredMessage(onlyB, false, { available: 'js', reason: 'x', problem: 'unsupported' })).toMatchObject({
      type: 'configured', kept: false, mode: 'lockstep', grid: all.grid, runs: [{ id: 'B', layerSizes: [2, 8, 8, 8, 1] }],
    });
  });

  it('trains a run on SIMD only where its config asks for it and the worker has SIMD', () => {
    const specs = smallRuns({ kernels: 'simd' });
    specs[1].config = { ...specs[1].config, kernels: 'js' };
    const set = createRunSet();
    set.setup = setup({ specs });
    buildRuns(set, 'simd');
    expect(set.trained.map((r) => r.trainer.network.kernels)).toEqual(['simd', 'js']);
    buildRuns(set, 'js');
    expect(set.trained.map((r) => r.trainer.network.kernels)).toEqual(['js', 'js']);
  });
});

describe('applyLive', () => {
  it('gives each run its new spec and keeps its trainer (the weights)', () => {
    const set = createRunSet();
    set.setup = setup();
    buildRuns(set, 'js');
    const trainers = set.trained.map((r) => r.trainer);
    set.setup = setup({ specs: smallRuns({ learningRate: 0.01 }) });
    applyLive(set);
    set.trained.forEach((r, i) => expect(r.trainer).toBe(trainers[i]));
    expect(set.trained.map((r) => r.spec)).toEqual(set.setup.specs);
  });
});
