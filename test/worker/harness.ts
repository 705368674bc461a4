import { vi } from 'vitest';
import type { FromWorker, KernelStatus, LabConfig, ProgressMessage, RunSpec } from '../../src/protocol.ts';
import { createHandler, type HandlerDeps } from '../../src/worker/handler.ts';
import { buildRuns, createRunSet, type RunSet } from '../../src/worker/runSet.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';

/** A handler wired to fake timers and a message log, as a worker would be. Call vi.useFakeTimers() first. */
export function makeWorker(kernels?: KernelStatus, deps: Pick<HandlerDeps, 'loadDigits'> = {}) {
  const posted: FromWorker[] = [];
  /** The handler's clock reading at each post. */
  const postedAt: number[] = [];
  // Fake time stands still while code runs; a clock that also moves 0.2 ms per reading
  // stands in for the time training takes.
  let work = 0;
  const clock = () => Date.now() + work;
  const handle = createHandler({
    post: (msg) => {
      posted.push(structuredClone(msg));
      postedAt.push(clock());
    },
    now: () => Date.now() + (work += 0.2),
    schedule: (fn, delay) => void setTimeout(fn, delay),
    kernels,
    ...deps,
  });
  const progress = () => posted.filter((m): m is ProgressMessage => m.type === 'progress');
  const lastProgress = () => {
    const p = progress();
    return p[p.length - 1];
  };
  return { handle, posted, postedAt, clock, progress, lastProgress, advance: (ms: number) => vi.advanceTimersByTime(ms) };
}

/** A small, quick A/B comparison: sigmoid vs ReLU, 3 hidden layers of 8. */
export function smallRuns(overrides: Partial<LabConfig> = {}): RunSpec[] {
  const base: LabConfig = { ...DEFAULT_CONFIG, depth: 3, width: 8, trainSize: 100, ...overrides };
  return [
    { id: 'A', label: 'sigmoid', config: { ...base, activation: 'sigmoid' } },
    { id: 'B', label: 'relu', config: { ...base, activation: 'relu' } },
  ];
}

/** A worker's run set of smallRuns(overrides), built on the JS kernels (lock-step, no own data). */
export function builtRunSet(overrides: Partial<LabConfig> = {}): RunSet {
  const set = createRunSet();
  set.setup = { specs: smallRuns(overrides), runIds: undefined, mode: 'lockstep', data: null };
  buildRuns(set, 'js');
  return set;
}
