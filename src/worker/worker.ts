/// <reference lib="webworker" />
// The worker entry: a few lines that wire the testable handler to the worker's global scope.
import { createHandler } from './handler.ts';
import type { ToWorker } from '../protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel yields to pending messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const handle = createHandler({
  post: (msg, transfer) => self.postMessage(msg, transfer ?? []),
  now: () => performance.now(),
  schedule: (fn, delayMs) => {
    if (delayMs > 0) setTimeout(fn, delayMs);
    else {
      queue.push(fn);
      channel.port2.postMessage(0);
    }
  },
});

self.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
