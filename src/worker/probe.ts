import type { Dataset, LayerStats, Trainer } from '../engine/types.ts';

function norm(a: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

/**
 * Gradient statistics at initialisation (before any update): one forward/backward pass on the
 * first mini-batch of the training set. Activation statistics are not measured here (0).
 */
export function probeStats(trainer: Trainer, train: Dataset): LayerStats[] {
  const n = Math.min(trainer.spec.batchSize, train.n);
  const x = train.x.subarray(0, n * train.inputs);
  const y = train.y.subarray(0, n * train.outputs);
  const g = trainer.network.computeGradients(x, y, n);
  return g.layers.map((l, i) => ({
    gradNorm: l.gradNorm,
    biasGradNorm: norm(l.db),
    deltaNorm: l.deltaNorm,
    weightNorm: norm(trainer.network.layers[i].W),
    updateRatio: 0,
    actMean: 0,
    actStd: 0,
    saturated: 0,
    dead: 0,
  }));
}
