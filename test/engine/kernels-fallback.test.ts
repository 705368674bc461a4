import { afterEach, describe, expect, it, vi } from 'vitest';
import { netSpec } from './helpers.ts';

type Engine = typeof import('../../src/engine/index.ts');

/** A fresh copy of the engine (its kernel choice is per module instance) under the current globals. */
async function freshEngine(): Promise<Engine> {
  vi.resetModules();
  return import('../../src/engine/index.ts');
}

/** WebAssembly with some members replaced (the others inherited, since they are not enumerable). */
const wasmWith = (over: object) => Object.assign(Object.create(WebAssembly) as object, over);

/** Runtimes where SIMD cannot be used, as stubs of the WebAssembly global. */
const noWebAssembly = () => vi.stubGlobal('WebAssembly', undefined);
const noSimd = () => vi.stubGlobal('WebAssembly', wasmWith({ validate: () => false }));
/** A CSP without wasm-unsafe-eval refuses to compile. */
const compileRefused = () =>
  vi.stubGlobal('WebAssembly', wasmWith({ compile: () => Promise.reject(new Error('Refused to compile WebAssembly (CSP)')) }));
/** A Memory that hands the module a different buffer from the one the views are made on: the kernels write elsewhere. */
const wrongResults = () => {
  const Real = WebAssembly.Instance;
  class Wrong extends Real {
    constructor(m: WebAssembly.Module) { super(m, { env: { memory: new WebAssembly.Memory({ initial: 8 }) } }); }
  }
  vi.stubGlobal('WebAssembly', wasmWith({ Instance: Wrong }));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadKernels falls back to js without throwing', () => {
  it('when there is no WebAssembly at all', async () => {
    noWebAssembly();
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/WebAssembly is not available/);
    expect(e.createNetwork(netSpec()).kernels).toBe('js');
  });

  it('when the module does not validate (no SIMD)', async () => {
    noSimd();
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/no SIMD/);
  });

  it('when compiling is refused (a CSP without wasm-unsafe-eval), naming the error; asking for simd then throws that reason', async () => {
    compileRefused();
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/did not load: Refused to compile WebAssembly \(CSP\)/);
    expect(() => e.createNetwork(netSpec(), { kernels: 'simd' })).toThrow(/SIMD kernels are not available: .*CSP/);
    expect(e.createNetwork(netSpec(), { kernels: 'js' }).kernels).toBe('js');
  });

  it('when the SIMD results differ from the JS kernels (self-test)', async () => {
    wrongResults();
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/self-test failed/);
  });
});

describe('kernelReport names the kind of problem as data, so no one reads it from the English reason', () => {
  it.each([
    { runtime: 'no WebAssembly', stub: noWebAssembly, problem: 'unsupported' },
    { runtime: 'no SIMD', stub: noSimd, problem: 'unsupported' },
    { runtime: 'a refused compile', stub: compileRefused, problem: 'loadFailed' },
    { runtime: 'SIMD results that differ from the JS kernels', stub: wrongResults, problem: 'selfTest' },
  ] as const)('$runtime is reported as $problem', async ({ stub, problem }) => {
    stub();
    const e = await freshEngine();
    await e.loadKernels();
    expect(e.kernelReport()).toMatchObject({ kind: 'js', problem });
  });

  it('reports no problem where SIMD is used', async () => {
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('simd');
    expect(e.kernelReport()).toMatchObject({ kind: 'simd', reason: null, problem: null });
  });
});
