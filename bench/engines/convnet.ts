/**
 * convnetjs 0.3 (Karpathy): Net of fc + activation layers, Trainer with method 'sgd', momentum 0,
 * batch_size = the workload's batch. It runs forward/backward one example at a time (a new Vol per
 * layer per example) and applies the summed gradient every batch_size examples.
 * W1 is exact: fc(1) → sigmoid layer → regression layer (½(a−y)² on the sigmoid output).
 * W2/W3: it has no sigmoid+BCE loss, so the output is a 2-class softmax with cross-entropy —
 * the same function as sigmoid+BCE, with one extra output unit. Its dropout is the classic,
 * non-inverted kind (scales at test time instead), which costs the same in training.
 */
import convnetjs from 'convnetjs';
import type { Dataset } from '../../src/engine/types.ts';
import type { Workload } from '../workloads.ts';
import type { BenchRunner } from './runner.ts';

export async function setup(w: Workload, data: Dataset): Promise<BenchRunner> {
  const defs: object[] = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: w.inputs }];
  for (const width of w.hidden) {
    const def: Record<string, unknown> = { type: 'fc', num_neurons: width, activation: w.activation };
    if (w.dropoutHidden > 0) def.drop_prob = w.dropoutHidden;
    defs.push(def);
  }
  const net = new convnetjs.Net();
  if (w.loss === 'mse') {
    defs.push({ type: 'fc', num_neurons: 1, activation: 'sigmoid' });
    net.makeLayers(defs);
    net.layers.push(new convnetjs.RegressionLayer({ in_sx: 1, in_sy: 1, in_depth: 1 }));
  } else {
    defs.push({ type: 'softmax', num_classes: Math.max(2, w.outputs) });
    net.makeLayers(defs);
  }
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: w.learningRate,
    momentum: 0,
    batch_size: w.batch,
    l2_decay: 0,
  });
  const xs: InstanceType<typeof convnetjs.Vol>[] = [];
  const ys: (number | number[])[] = [];
  for (let i = 0; i < data.n; i++) {
    xs.push(new convnetjs.Vol(Array.from(data.x.subarray(i * w.inputs, (i + 1) * w.inputs))));
    ys.push(w.loss === 'mse' ? [data.y[i]] : data.labels[i]);
  }
  const B = w.batch;
  let r = 0;
  let examples = 0;
  return {
    step() {
      for (let i = 0; i < B; i++) {
        trainer.train(xs[r], ys[r]);
        r = r + 1 === xs.length ? 0 : r + 1;
      }
      examples += B;
    },
    examples: () => examples,
    sync() {},
    loss() {
      let sum = 0;
      for (let i = 0; i < B; i++) {
        const k = (r + i) % xs.length;
        sum += trainer.train(xs[k], ys[k]).cost_loss;
      }
      return sum / B;
    },
  };
}
