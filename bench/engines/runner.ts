import type { Dataset } from '../../src/engine/types.ts';
import type { Workload } from '../workloads.ts';

/** What the timing loop in bench/worker.ts drives for one engine on one workload. */
export interface BenchRunner {
  /** One training step: a mini-batch of `workload.batch` examples (per-example peers: that many examples). */
  step(): void;
  /** Examples trained on so far, as the engine itself counts them where it can. */
  examples(): number;
  /** Wait for any deferred work (called before the clock stops). */
  sync(): void;
  /** Loss on a current batch, outside timing: a sanity check that the engine really trains. */
  loss(): number;
}

export type EngineSetup = (w: Workload, data: Dataset) => Promise<BenchRunner>;

/** Row i of the dataset as plain arrays (the form per-example peers take). */
export function rows(data: Dataset): { input: number[]; output: number[] }[] {
  const out: { input: number[]; output: number[] }[] = [];
  for (let i = 0; i < data.n; i++) {
    out.push({
      input: Array.from(data.x.subarray(i * data.inputs, (i + 1) * data.inputs)),
      output: Array.from(data.y.subarray(i * data.outputs, (i + 1) * data.outputs)),
    });
  }
  return out;
}
