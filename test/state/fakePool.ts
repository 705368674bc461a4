import type { FromWorker, ToWorker } from '../../src/protocol.ts';
import type { PoolHost, WorkerEvents } from '../../src/pool/pool.ts';
import { drainNow } from '../../src/state/stream.ts';

/**
 * A pool host for tests that play the workers by hand: `initLab(search, langs, fakePool.host)`. Every worker it
 * spawns shares one log of what the page posts (`sent`); `say` makes the newest worker speak and lets the page take
 * it in as a frame would; `answer` replies to every configure and reset not yet answered.
 */
export function fakePool() {
  const sent: ToWorker[] = [];
  let worker: WorkerEvents | null = null;
  let answered = 0;
  const say = (msg: FromWorker) => {
    worker!.message(msg);
    drainNow();
  };
  return {
    sent,
    host: (wake: () => void): PoolHost => ({
      spawn(events) {
        worker = events;
        return { post: (msg) => sent.push(msg), terminate: () => {} };
      },
      now: () => Date.now(),
      every: () => () => {},
      cores: 2,
      wake,
    }),
    say,
    answer(reply: () => FromWorker) {
      const due = sent.filter((m) => m.type === 'configure' || m.type === 'reset').length - answered;
      for (let i = 0; i < due; i++) say(reply());
      answered += due;
    },
  };
}
