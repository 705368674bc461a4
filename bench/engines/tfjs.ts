/**
 * TensorFlow.js 4.22 (tfjs-core ops + optimizer, no tfjs-layers) on the cpu or wasm backend.
 * The MLP is written the idiomatic way: variables, matMul/add/activation per layer, tf.dropout,
 * tf.losses, and optimizer.minimize (autodiff + SGD update, tidied). Batches are made into
 * tensors once before timing, which is the most favourable way to feed it.
 */
// The union package's Node bundle is the only build that registers tfjs-core's gradient functions
// (tfjs-core alone has no gradients in Node); its ops are tfjs-core's, and it registers the cpu backend.
import * as tf from '@tensorflow/tfjs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Dataset } from '../../src/engine/types.ts';
import type { Workload } from '../workloads.ts';
import type { BenchRunner } from './runner.ts';

export type TfBackend = 'cpu' | 'wasm';

async function initBackend(backend: TfBackend): Promise<void> {
  if (backend === 'cpu') {
    await import('@tensorflow/tfjs-backend-cpu');
  } else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // The .wasm binaries ship inside the npm package: load them from node_modules, never the network.
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
    wasm.setWasmPaths(dir + path.sep);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to initialise`);
  await tf.ready();
  tf.enableProdMode();
}

export async function setupTf(backend: TfBackend, w: Workload, data: Dataset): Promise<BenchRunner> {
  await initBackend(backend);
  const sizes = [w.inputs, ...w.hidden, w.outputs];
  const Ws: tf.Variable[] = [];
  const bs: tf.Variable[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1];
    const fanOut = sizes[l];
    const init =
      w.init === 'he'
        ? tf.randomNormal([fanIn, fanOut], 0, Math.sqrt(2 / fanIn), 'float32', 100 + l)
        : tf.randomUniform([fanIn, fanOut], -Math.sqrt(6 / (fanIn + fanOut)), Math.sqrt(6 / (fanIn + fanOut)), 'float32', 100 + l);
    Ws.push(tf.variable(init));
    bs.push(tf.variable(tf.zeros([fanOut])));
  }
  const vars = [...Ws, ...bs];
  const B = w.batch;
  const nBatches = Math.ceil(data.n / B);
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor2D[] = [];
  for (let s = 0; s < nBatches; s++) {
    const xb = new Float32Array(B * w.inputs);
    const yb = new Float32Array(B * w.outputs);
    for (let i = 0; i < B; i++) {
      const r = (s * B + i) % data.n;
      for (let c = 0; c < w.inputs; c++) xb[i * w.inputs + c] = data.x[r * w.inputs + c];
      for (let c = 0; c < w.outputs; c++) yb[i * w.outputs + c] = data.y[r * w.outputs + c];
    }
    xs.push(tf.tensor2d(xb, [B, w.inputs]));
    ys.push(tf.tensor2d(yb, [B, w.outputs]));
  }
  const act = w.activation === 'tanh' ? tf.tanh : w.activation === 'sigmoid' ? tf.sigmoid : tf.relu;
  const opt = tf.train.sgd(w.learningRate);
  const last = Ws.length - 1;
  const lossOf = (xb: tf.Tensor2D, yb: tf.Tensor2D): tf.Scalar => {
    let h: tf.Tensor = xb;
    for (let l = 0; l < last; l++) {
      h = act(tf.add(tf.matMul(h, Ws[l]), bs[l]));
      if (w.dropoutHidden > 0) h = tf.dropout(h, w.dropoutHidden);
    }
    const logits = tf.add(tf.matMul(h, Ws[last]), bs[last]);
    return (
      w.loss === 'softmaxCe' ? tf.losses.softmaxCrossEntropy(yb, logits)
        : w.loss === 'bce' ? tf.losses.sigmoidCrossEntropy(yb, logits) : tf.losses.meanSquaredError(yb, tf.sigmoid(logits))
    ) as tf.Scalar;
  };
  let s = 0;
  let examples = 0;
  return {
    step() {
      const xb = xs[s];
      const yb = ys[s];
      s = (s + 1) % nBatches;
      opt.minimize(() => lossOf(xb, yb), false, vars);
      examples += B;
    },
    examples: () => examples,
    sync() {
      Ws[0].dataSync();
    },
    loss() {
      const c = opt.minimize(() => lossOf(xs[s], ys[s]), true, vars);
      const v = c ? c.dataSync()[0] : NaN;
      c?.dispose();
      return v;
    },
  };
}
