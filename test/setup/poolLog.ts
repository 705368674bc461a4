import type { ToWorker } from '../../src/protocol.ts';

/** What the page's actions sent to the pool, in order (a view test's stand-in for the workers). */
export const sent: ToWorker[] = [];

/**
 * The pool's side of state/stream.ts replaced by a log of what the actions send it; the page's clock stays real:
 * `vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }))`.
 */
export const poolStub = {
  sendPool: (msg: ToWorker) => sent.push(msg),
  configurePool: (msg: ToWorker) => sent.push(msg),
  startPool: () => {},
  stopPool: () => {},
};
