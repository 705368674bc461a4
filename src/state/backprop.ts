/**
 * The backprop step-through's numbers: one SGD step of a run's own net (same spec, same seed, so the
 * same initial weights as the worker's run) on the first training example, traced by the engine on
 * the main thread. The engine is loaded on demand, so pages that never step through do not carry it.
 */
import type { BackpropTrace } from '../engine/trace.ts';
import type { LabConfig } from '../protocol.ts';
import { dataSpecOf, trainerSpecOf } from '../worker/specs.ts';

export type { BackpropTrace, TraceLayer } from '../engine/trace.ts';

/** Largest net the step-through shows with numbers: hidden layers and units per layer. */
export const TRACE_MAX_DEPTH = 6;
export const TRACE_MAX_WIDTH = 4;

/** Why a configuration cannot be stepped through, or null when it can. */
export type Untraceable = 'tooBig' | 'batchNorm' | 'classes' | null;

/** Whether a run's net is small enough to show every number, and plain enough to trace (no batch norm, one output). */
export function untraceable(config: LabConfig): Untraceable {
  if (config.batchNorm) return 'batchNorm';
  if (config.dataset === 'spiral3' || config.dataset === 'digits') return 'classes';
  if (config.depth > TRACE_MAX_DEPTH || config.width > TRACE_MAX_WIDTH) return 'tooBig';
  return null;
}

/** The traced example: its index in the training set. */
export const TRACE_EXAMPLE = 0;

/** One traced training step of the run configured by `config` (plain SGD at its learning rate, on training example 0). */
export async function traceRun(config: LabConfig): Promise<BackpropTrace> {
  const { makeData, traceStep } = await import('../engine/index.ts');
  const { network } = trainerSpecOf(config);
  const { train } = makeData({ ...dataSpecOf(config), valSize: 0 });
  if (train.n <= TRACE_EXAMPLE) throw new RangeError('the training set is empty');
  const i = TRACE_EXAMPLE;
  const x = train.x.subarray(i * train.inputs, (i + 1) * train.inputs);
  const y = train.y.subarray(i * train.outputs, (i + 1) * train.outputs);
  return traceStep(network, x, y, config.learningRate);
}
