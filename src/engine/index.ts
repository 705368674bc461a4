/** The engine's public face: networks, trainers, datasets and seeded streams. */
export type * from './types.ts';
export { createNetwork, outputActivationOf, type NetworkOptions } from './network.ts';
export { loadKernels, kernelReport, defaultKernelKind, type KernelReport } from './load.ts';
export { createTrainer } from './trainer.ts';
export { makeData, datasetFromPoints, classesOf, inputsOf, defaultGrid, DATA_EXTENT, DEFAULT_VAL_SIZE } from './data.ts';
export {
  loadDigits, digitsData, parseDigits, splitOrder, crc32, DIGITS, DigitsLoadError,
  type DigitsData, type DigitsSource,
} from './digits.ts';
export { createRng, deriveSeed, type Rng, type RngStream } from './rng.ts';
export { matmulAB, matmulABt, matmulAtB } from './matmul.ts';
export { ACTIVATIONS, OUTPUT_ACTIVATIONS, LOSSES, INITS, OPTIMIZERS } from './validate.ts';
export { traceStep, type BackpropTrace, type TraceLayer } from './trace.ts';
