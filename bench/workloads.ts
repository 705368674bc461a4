/**
 * The three benchmark workloads. Every engine trains the same network shape on the same
 * points (bench/data.ts) with the same batch size and plain SGD; where a peer cannot
 * express something exactly it uses its closest equivalent (see FOOTNOTES).
 */

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4';
export type HiddenAct = 'tanh' | 'sigmoid' | 'relu';

export interface Workload {
  id: WorkloadId;
  title: string;
  inputs: number;
  hidden: number[];
  activation: HiddenAct;
  /** Output is always one sigmoid unit; mse = ½(a−y)², bce = cross-entropy fused with the sigmoid. */
  loss: 'mse' | 'bce';
  /** Inverted-dropout drop probability on every hidden layer (0 = none). */
  dropoutHidden: number;
  batch: number;
  points: number;
  learningRate: number;
  /** Init our engine uses (peers use their own default init; it does not change the cost). */
  init: 'xavier' | 'he';
  /** Measured on our engine (both kernel kinds) and the kernels only: no peer. */
  oursOnly?: boolean;
}

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'W1',
    title: '6×8 tanh, sigmoid + squared error, batch 10, 500 points, SGD 0.03',
    inputs: 2,
    hidden: [8, 8, 8, 8, 8, 8],
    activation: 'tanh',
    loss: 'mse',
    dropoutHidden: 0,
    batch: 10,
    points: 500,
    learningRate: 0.03,
    init: 'xavier',
  },
  {
    id: 'W2',
    title: '10×32 sigmoid, sigmoid + BCE, batch 32, 1000 points, SGD 0.1',
    inputs: 2,
    hidden: Array.from({ length: 10 }, () => 32),
    activation: 'sigmoid',
    loss: 'bce',
    dropoutHidden: 0,
    batch: 32,
    points: 1000,
    learningRate: 0.1,
    init: 'xavier',
  },
  {
    id: 'W3',
    title: '3×128 ReLU, dropout 0.5 on hidden, sigmoid + BCE, batch 32, 200 points, SGD 0.05',
    inputs: 2,
    hidden: [128, 128, 128],
    activation: 'relu',
    loss: 'bce',
    dropoutHidden: 0.5,
    batch: 32,
    points: 200,
    learningRate: 0.05,
    init: 'he',
  },
  {
    id: 'W4',
    title: '20×256 ReLU, sigmoid + BCE, batch 32, 1000 points, SGD 0.01 (the big net of issue #11; ours only, JS vs SIMD)',
    inputs: 2,
    hidden: Array.from({ length: 20 }, () => 256),
    activation: 'relu',
    loss: 'bce',
    dropoutHidden: 0,
    batch: 32,
    points: 1000,
    learningRate: 0.01,
    init: 'he',
    oursOnly: true,
  },
];

export function workloadById(id: string): Workload {
  const w = WORKLOADS.find((x) => x.id === id);
  if (!w) throw new Error(`unknown workload ${id}`);
  return w;
}

/** Number of weights (not biases) of the network, output layer of one unit included. */
export function weightCount(w: Workload): number {
  const sizes = [w.inputs, ...w.hidden, 1];
  let n = 0;
  for (let i = 1; i < sizes.length; i++) n += sizes[i - 1] * sizes[i];
  return n;
}

/** Matrix-multiply shape that stands for the workload in the kernel timing: batch × width × width. */
export function kernelShape(w: Workload): { m: number; k: number; n: number } {
  const width = Math.max(...w.hidden);
  return { m: w.batch, k: width, n: width };
}
