import type { ToWorker } from '../../src/protocol.ts';
import type { WorkerListener } from '../../src/worker/client.ts';

/**
 * A stand-in for the worker client, for tests that drive the store's worker listener by hand:
 * `vi.mock('../../src/worker/client.ts', () => import('./fakeClient.ts'))`. It keeps what the store sends
 * and the listener it started with.
 */
export const sent: ToWorker[] = [];
export let listener: WorkerListener | null = null;

export function send(msg: ToWorker): void {
  sent.push(msg);
}
export function startWorker(l: WorkerListener): void {
  listener = l;
}
export function stopWorker(): void {}
