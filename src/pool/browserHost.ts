import type { FromWorker } from '../protocol.ts';
import type { PoolHost } from './pool.ts';

/** The page's host for a pool: module Workers from the bundle, Date.now, setInterval and the machine's cores. */
export function browserHost(wake: () => void): PoolHost {
  return {
    spawn(events) {
      const w = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module', name: 'backprop-lab-trainer' });
      w.onmessage = (e: MessageEvent<FromWorker>) => events.message(e.data);
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        events.crashed(e.message ?? '');
      };
      w.onmessageerror = () => events.unreadable();
      return { post: (msg) => w.postMessage(msg), terminate: () => w.terminate() };
    },
    now: () => Date.now(),
    every(ms, check) {
      const id = setInterval(check, ms);
      return () => clearInterval(id);
    },
    cores: navigator.hardwareConcurrency || 1,
    wake,
  };
}
