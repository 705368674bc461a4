import type { KernelReport } from '../engine/index.ts';
import type { KernelStatus } from '../protocol.ts';

/** What a worker reports before loadKernels() has found anything (a test, or a host that does not load them). */
export const KERNELS_NOT_LOADED: KernelStatus = { available: 'js', reason: 'SIMD kernels were not loaded', problem: 'unsupported' };

/** The kernel status a worker reports: what loadKernels() found, its kind of problem as the engine named it. */
export function kernelStatus(report: KernelReport | null): KernelStatus {
  if (report === null) return KERNELS_NOT_LOADED;
  return { available: report.kind, reason: report.reason, problem: report.problem };
}
