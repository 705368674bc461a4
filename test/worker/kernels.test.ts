import { describe, expect, it } from 'vitest';
import { KERNELS_NOT_LOADED, kernelStatus } from '../../src/worker/kernels.ts';

describe('kernelStatus', () => {
  it('passes on the engine’s kind of problem with its reason, whatever the reason’s words', () => {
    expect(kernelStatus({ kind: 'simd', reason: null, problem: null, moduleBytes: 9000 })).toEqual({ available: 'simd', reason: null, problem: null });
    for (const problem of ['unsupported', 'selfTest', 'loadFailed'] as const) {
      expect(kernelStatus({ kind: 'js', reason: 'some words', problem, moduleBytes: 9000 })).toEqual({ available: 'js', reason: 'some words', problem });
    }
  });

  it('says JS, not loaded, before loadKernels() has reported', () => {
    expect(kernelStatus(null)).toBe(KERNELS_NOT_LOADED);
    expect(KERNELS_NOT_LOADED).toMatchObject({ available: 'js', problem: 'unsupported' });
  });
});
