import type { HistoryPoint, LayerStats, RunInfo } from '../../src/protocol.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';

/** Layer statistics with a given gradient and weight norm (the rest zero). */
export function stats(gradNorm: number, weightNorm = 1, extra: Partial<LayerStats> = {}): LayerStats {
  return { gradNorm, biasGradNorm: 0, deltaNorm: 0, weightNorm, updateRatio: 0, actMean: 0, actStd: 0, saturated: 0, dead: 0, ...extra };
}

/** A run with two training points per class and one validation point per class. */
export function fakeRun(id: string, layerSizes: number[], classes = 2): RunInfo {
  return {
    id,
    label: `activation=${id === 'A' ? 'sigmoid' : 'relu'}`,
    layerSizes,
    classes,
    train: { x: new Float32Array([-0.5, 0.5, 0.5, -0.5, 0.2, 0.2, -0.2, -0.2]), labels: new Uint8Array([0, 1, 0, 1]), n: 4 },
    val: { x: new Float32Array([0.1, 0.1, -0.1, -0.1]), labels: new Uint8Array([0, 1]), n: 2 },
    kernels: 'js',
    config: { ...DEFAULT_CONFIG, activation: id === 'A' ? 'sigmoid' : 'relu' },
  };
}

/** n history points every 10 steps with `layers` gradient norms each. */
export function fakeHistory(n: number, layers: number, valAcc = 0.9): HistoryPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    step: i * 10,
    seconds: i / 10,
    epoch: i / 4,
    trainLoss: 0.7 - i * 0.01,
    trainAcc: 0.5 + i * 0.01,
    valLoss: 0.72 - i * 0.005,
    valAcc,
    layers: Array.from({ length: layers }, (_, l) => stats(10 ** (l - layers))),
  }));
}
