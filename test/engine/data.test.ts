import { describe, expect, it } from 'vitest';
import { DATA_EXTENT, defaultGrid, makeData, type DataSpec, type DatasetName } from '../../src/engine/index.ts';

const names: DatasetName[] = ['circles', 'xor', 'gaussians', 'spiral', 'moons', 'spiral3'];
const spec = (over: Partial<DataSpec> = {}): DataSpec =>
  ({ name: 'moons', trainSize: 200, noise: 0.1, labelNoise: 0.1, seed: 4, ...over });

describe('makeData', () => {
  it.each(names)('%s has the requested sizes, a 500-point validation set and matching y/labels', (name) => {
    const { train, val } = makeData(spec({ name, trainSize: 123 }));
    const classes = name === 'spiral3' ? 3 : 2;
    const outputs = classes === 2 ? 1 : 3;
    for (const [d, n] of [[train, 123], [val, 500]] as const) {
      expect(d).toMatchObject({ n, inputs: 2, outputs, classes });
      expect(d.x.length).toBe(2 * n);
      expect(d.y.length).toBe(outputs * n);
      expect(d.labels.length).toBe(n);
      for (let i = 0; i < n; i++) {
        if (outputs === 1) expect(d.y[i]).toBe(d.labels[i]);
        else expect(Array.from(d.y.subarray(i * 3, i * 3 + 3))).toEqual([0, 1, 2].map((c) => (c === d.labels[i] ? 1 : 0)));
      }
    }
  });

  it.each(names)('%s without noise lies in about [−1, 1]² with balanced classes', (name) => {
    const { train } = makeData(spec({ name, trainSize: 3000, noise: 0, labelNoise: 0 }));
    let inside = 0;
    const counts = [0, 0, 0];
    for (let i = 0; i < train.n; i++) {
      if (Math.abs(train.x[2 * i]) <= 1.05 && Math.abs(train.x[2 * i + 1]) <= 1.05) inside++;
      counts[train.labels[i]]++;
    }
    expect(inside / train.n).toBeGreaterThan(0.995);
    for (let c = 0; c < train.classes; c++) expect(counts[c]).toBe(train.n / train.classes);
  });

  it('keeps the first N training points when N grows (prefix property)', () => {
    const small = makeData(spec({ trainSize: 40 })).train;
    const large = makeData(spec({ trainSize: 400 })).train;
    expect(large.x.subarray(0, 80)).toEqual(small.x);
    expect(large.labels.subarray(0, 40)).toEqual(small.labels);
  });

  it('keeps the validation set fixed whatever the training size, and independent of it', () => {
    const a = makeData(spec({ trainSize: 25 }));
    const b = makeData(spec({ trainSize: 400 }));
    expect(b.val.x).toEqual(a.val.x);
    expect(b.val.labels).toEqual(a.val.labels);
    expect(a.val.x.subarray(0, 50)).not.toEqual(a.train.x);
    expect(makeData(spec({ valSize: 80 })).val.n).toBe(80);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(makeData(spec()).train.x).toEqual(makeData(spec()).train.x);
    expect(makeData(spec({ seed: 5 })).train.x).not.toEqual(makeData(spec()).train.x);
  });

  it('flips about the requested share of labels in training and validation, on the same points', () => {
    for (const name of ['moons', 'spiral3'] as const) {
      const clean = makeData(spec({ name, trainSize: 5000, valSize: 5000, labelNoise: 0 }));
      const noisy = makeData(spec({ name, trainSize: 5000, valSize: 5000, labelNoise: 0.2 }));
      for (const set of ['train', 'val'] as const) {
        expect(noisy[set].x).toEqual(clean[set].x);
        let flipped = 0;
        for (let i = 0; i < 5000; i++) if (noisy[set].labels[i] !== clean[set].labels[i]) flipped++;
        expect(flipped / 5000).toBeGreaterThan(0.18);
        expect(flipped / 5000).toBeLessThan(0.22);
      }
    }
  });

  it('adds Gaussian input noise of the requested standard deviation to the same underlying points', () => {
    const clean = makeData(spec({ trainSize: 4000, noise: 0 })).train;
    const noisy = makeData(spec({ trainSize: 4000, noise: 0.1 })).train;
    let s2 = 0;
    for (let i = 0; i < clean.x.length; i++) s2 += (noisy.x[i] - clean.x[i]) ** 2;
    const std = Math.sqrt(s2 / clean.x.length);
    expect(std).toBeGreaterThan(0.097);
    expect(std).toBeLessThan(0.103);
  });

  it('offers a default grid over [−1.5, 1.5]²', () => {
    expect(defaultGrid(40)).toEqual({ resolution: 40, xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 });
    expect(DATA_EXTENT.xMax).toBe(1.5);
  });
});
