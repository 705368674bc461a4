import { describe, expect, it } from 'vitest';
import { createTrainer, makeData } from '../../src/engine/index.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { dataSpecOf, trainerSpecOf } from '../../src/worker/specs.ts';
import { relErr } from '../engine/helpers.ts';

/** Every run of every lesson, as the worker builds it. */
const runs = LESSONS.flatMap((l) => runSpecs(l.config, l.comparison).map((r, i) => ({ name: `${l.id} run ${i + 1}`, config: r.config })));

describe('js and simd kernels agree over 1,000 steps of every lesson', () => {
  it.each(runs)('$name', ({ config }) => {
    const { train, val } = makeData(dataSpecOf(config));
    const js = createTrainer({ ...trainerSpecOf(config), kernels: 'js' }, train);
    const simd = createTrainer({ ...trainerSpecOf(config), kernels: 'simd' }, train);
    expect(simd.network.kernels).toBe('simd');
    let first = 0;
    for (let s = 0; s < 1000; s++) {
      const a = js.step(), b = simd.step();
      if (s === 0) first = Math.abs(a - b) / Math.abs(a);
    }
    // One step differs by float rounding only (f32 sums in SIMD lanes vs f64 in JS)…
    expect(first).toBeLessThan(1e-5);
    // …and 1,000 steps later the nets are the same nets: weights within a few %, same validation outcome.
    js.network.layers.forEach((p, l) => expect(relErr(p.W, simd.network.layers[l].W), `W layer ${l}`).toBeLessThan(0.2));
    const a = js.evaluate(val), b = simd.evaluate(val);
    expect(Math.abs(a.accuracy - b.accuracy)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(a.loss - b.loss) / a.loss).toBeLessThan(0.05);
  });
});
