/**
 * The benchmark workloads. Every engine trains the same network shape on the same
 * points (bench/data.ts, or the digits) with the same batch size and plain SGD; where a peer cannot
 * express something exactly it uses its closest equivalent (see FOOTNOTES).
 */

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
export type HiddenAct = 'tanh' | 'sigmoid' | 'relu';

export interface Workload {
  id: WorkloadId;
  title: string;
  inputs: number;
  hidden: number[];
  /** 1: one sigmoid output unit; more: a softmax over that many classes (loss softmaxCe). */
  outputs: number;
  activation: HiddenAct;
  /** mse = ½(a−y)² and bce = cross-entropy fused with one sigmoid unit; softmaxCe = cross-entropy fused with the softmax. */
  loss: 'mse' | 'bce' | 'softmaxCe';
  /** circles: the seeded 2-D circles of bench/data.ts; digits: the first `points` training digits (src/engine/digits/digits.bin). */
  data: 'circles' | 'digits';
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
    outputs: 1,
    data: 'circles',
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
    outputs: 1,
    data: 'circles',
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
    outputs: 1,
    data: 'circles',
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
    outputs: 1,
    data: 'circles',
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
  {
    id: 'W5',
    title: 'digits 64 → 8×32 ReLU → 10, softmax + CE, batch 32, 1000 digits, SGD 0.1 (issue #24)',
    inputs: 64,
    outputs: 10,
    data: 'digits',
    hidden: Array.from({ length: 8 }, () => 32),
    activation: 'relu',
    loss: 'softmaxCe',
    dropoutHidden: 0,
    batch: 32,
    points: 1000,
    learningRate: 0.1,
    init: 'he',
  },
];

export function workloadById(id: string): Workload {
  const w = WORKLOADS.find((x) => x.id === id);
  if (!w) throw new Error(`unknown workload ${id}`);
  return w;
}

/** Number of weights (not biases) of the network, output layer included. */
export function weightCount(w: Workload): number {
  const sizes = [w.inputs, ...w.hidden, w.outputs];
  let n = 0;
  for (let i = 1; i < sizes.length; i++) n += sizes[i - 1] * sizes[i];
  return n;
}

/** Matrix-multiply shape that stands for the workload in the kernel timing: batch × width × width. */
export function kernelShape(w: Workload): { m: number; k: number; n: number } {
  const width = Math.max(...w.hidden);
  return { m: w.batch, k: width, n: width };
}
