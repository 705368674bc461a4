/** What each engine does differently from the workload as specified (printed under the tables). */
export const FOOTNOTES: Record<string, string[]> = {
  ours: [
    'Our engine on its WebAssembly SIMD kernels (loadKernels() → \'simd\', createTrainer with kernels: \'simd\'): trainer.step() on mini-batches from its seeded shuffle, plus trainer.layerStats() every 10 steps (the app\'s reporting cadence); examples counted from trainer.epoch × N (its trainer skips the ragged end of each shuffle, so every step is a full batch).',
  ],
  'ours-js': [
    'The same engine and protocol on its plain-JS kernels (kernels: \'js\'), the fallback and yardstick.',
  ],
  'tfjs-cpu': [
    'TensorFlow.js 4.22 ops (tfjs-core API from the @tensorflow/tfjs Node bundle, the only build that registers the gradients), tf.train.sgd + optimizer.minimize (autodiff, tidied), prod mode, batches turned into tensors once before timing (its best case).',
    'W1 loss is tf.losses.meanSquaredError = mean (a−y)² without the ½: only rescales the step. W3 uses tf.dropout (inverted, like ours). W5: tf.losses.softmaxCrossEntropy on the logits (exact).',
  ],
  'tfjs-wasm': [
    'Same model code as tfjs-cpu on @tensorflow/tfjs-backend-wasm 4.22 with SIMD; single-threaded (the backend reports no multithread support under Node). The .wasm files are loaded from node_modules via setWasmPaths.',
  ],
  'brain.js': [
    'brain.js 1.6.1 (latest stable; pure JS with gpu.js 1.10). The 2.0.0 betas need gpu.js 2, whose dependency headless-gl ("gl") is a native build.',
    'Per-example online SGD: every example is forward, backward and an update; no mini-batches. We call its trainPattern() per example (what train() runs, minus its per-epoch error pass). Momentum 0 is set after its option check (which refuses 0); the momentum term is still computed.',
    'The output unit uses the hidden activation with its squared-error delta: W1 tanh output (not sigmoid), W2 sigmoid + squared error (no BCE), W3 ReLU output + squared error (no BCE) and no dropout (none in 1.6.1). Its own init U[−0.2, 0.2]. In W3 its ReLU output unit sometimes dies (loss stuck at 0.5); that saves it no work (no sparsity shortcuts). W5: ten ReLU output units + squared error on the one-hot targets (it has no softmax).',
  ],
  'brain.js-2beta': [
    'brain.js 2.0.0-beta.24, installed by the bench into bench/peers/ with install scripts off (npm ci --ignore-scripts): gpu.js 2\'s headless-gl is then never built, so the GPU classes are unusable, but its CPU NeuralNetwork works. Same per-example protocol and the same differences as brain.js 1.6.1; it formats data as Float32Arrays.',
  ],
  convnetjs: [
    'convnetjs 0.3.0: Trainer method sgd, momentum 0, batch_size = the workload\'s batch (gradients summed per example, applied once per batch); forward/backward one example at a time, allocating a Vol per layer per example.',
    'W1 is exact (fc → sigmoid layer → regression layer = ½(a−y)²). W2/W3: no sigmoid + BCE, so a 2-class softmax + cross-entropy (the same function; 2 output units instead of 1). W3 dropout is its classic non-inverted dropout layer (same training cost). W5 is exact: a 10-class softmax + cross-entropy.',
  ],
  'kernel-simd': [
    'Our SIMD kernels (src/engine/simd, f32x4) at batch × width × width: the three products of one layer\'s step, Z = A·Wᵀ, dW = Dᵀ·A and dA = D·W (6·b·w² flops), checked against the JS kernels. "ours as % of SIMD kernels" = ours\' effective 6 × weights × examples/s over it.',
  ],
  kernel: [
    'Reference: one C = A·B, Float32Array row-major, 4×4 register-blocked (16 accumulators, outer-product/axpy order), at batch × width × width of the workload; GFLOP/s = 2·m·k·n / time. "ours as % of kernel" = ours\' effective 6 × weights × examples/s (2 flops a weight forward, 4 backward) over the kernel\'s GFLOP/s.',
  ],
};
