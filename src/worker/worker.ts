/// <reference lib="webworker" />
// The worker entry: a few lines that wire the testable handler to the worker's global scope.
import { kernelReport, loadKernels } from '../engine/index.ts';
import { createHandler } from './handler.ts';
import { kernelStatus } from './kernels.ts';
import type { ToWorker } from '../protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel yields to pending messages without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

// Messages that arrive while the SIMD kernels load wait for them (loadKernels never rejects).
const early: ToWorker[] = [];
let handle: ((msg: ToWorker) => void) | null = null;
self.onmessage = (e: MessageEvent<ToWorker>) => (handle ? handle(e.data) : early.push(e.data));

void loadKernels().then(() => {
  handle = createHandler({
    post: (msg, transfer) => self.postMessage(msg, transfer ?? []),
    now: () => performance.now(),
    schedule: (fn, delayMs) => {
      if (delayMs > 0) setTimeout(fn, delayMs);
      else {
        queue.push(fn);
        channel.port2.postMessage(0);
      }
    },
    kernels: kernelStatus(kernelReport()),
  });
  for (const msg of early.splice(0)) handle(msg);
});
