import type { HistoryPoint, LayerStats, RunInfo } from '../../src/protocol.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { initialLabState } from '../../src/state/store.ts';

/** Layer statistics with every field 0 except those given. */
export function stats(over: Partial<LayerStats> = {}): LayerStats {
  return {
    gradNorm: 0, biasGradNorm: 0, deltaNorm: 0, weightNorm: 0, updateRatio: 0,
    actMean: 0, actStd: 0, saturated: 0, dead: 0, ...over,
  };
}

/** A history point at `step` with the given layers and losses/accuracies (defaults 0.5). */
export function point(step: number, layers: LayerStats[], over: Partial<Omit<HistoryPoint, 'step' | 'layers'>> = {}): HistoryPoint {
  return { step, seconds: step / 100, epoch: step / 10, trainLoss: 0.5, trainAcc: 0.5, valLoss: 0.5, valAcc: 0.5, layers, ...over };
}

/** n points every `stride` steps; layer j's gradNorm (and deltaNorm ×10) at point i is grad(i, j). */
export function gradHistory(n: number, layerCount: number, grad: (i: number, j: number) => number, stride = 10): HistoryPoint[] {
  return Array.from({ length: n }, (_, i) =>
    point(
      i * stride,
      Array.from({ length: layerCount }, (_, j) => stats({ gradNorm: grad(i, j), deltaNorm: grad(i, j) * 10 })),
    ),
  );
}

/** Points with the given train and validation losses (accuracies 1 − loss/2), every `stride` steps, 3 layers. */
export function curveHistory(train: number[], val: number[], stride = 10): HistoryPoint[] {
  return train.map((tl, i) =>
    point(i * stride, [stats({ gradNorm: 1 }), stats({ gradNorm: 1 }), stats({ gradNorm: 1 })], {
      trainLoss: tl,
      valLoss: val[i],
      trainAcc: 1 - tl / 2,
      valAcc: 1 - val[i] / 2,
    }),
  );
}

/** The default page's runs (A sigmoid, B ReLU), whose configurations the worker would report. */
const DEFAULT_RUNS = runSpecs(initialLabState.config, initialLabState.comparison);

/** A run of 2 inputs → hidden layers → 1 output, configured as the default page's run of that id. */
export function runInfo(id: string, hidden: number[]): RunInfo {
  const empty = { x: new Float32Array(0), labels: new Uint8Array(0), n: 0 };
  const config = (DEFAULT_RUNS.find((r) => r.id === id) ?? DEFAULT_RUNS[0]).config;
  return { id, label: id, layerSizes: [2, ...hidden, 1], classes: 2, train: empty, val: empty, kernels: 'js', config };
}
