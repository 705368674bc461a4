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

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadKernels falls back to js without throwing', () => {
  it('when there is no WebAssembly at all', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/WebAssembly is not available/);
    expect(e.createNetwork(netSpec()).kernels).toBe('js');
  });

  it('when the module does not validate (no SIMD)', async () => {
    vi.stubGlobal('WebAssembly', wasmWith({ validate: () => false }));
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/no SIMD/);
  });

  it('when compiling is refused (a CSP without wasm-unsafe-eval), naming the error; asking for simd then throws that reason', async () => {
    const refuse = () => Promise.reject(new Error('Refused to compile WebAssembly (CSP)'));
    vi.stubGlobal('WebAssembly', wasmWith({ compile: refuse }));
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/did not load: Refused to compile WebAssembly \(CSP\)/);
    expect(() => e.createNetwork(netSpec(), { kernels: 'simd' })).toThrow(/SIMD kernels are not available: .*CSP/);
    expect(e.createNetwork(netSpec(), { kernels: 'js' }).kernels).toBe('js');
  });

  it('when the SIMD results differ from the JS kernels (self-test)', async () => {
    // A Memory that hands the module a different buffer from the one the views are made on: the kernels write elsewhere.
    const Real = WebAssembly.Instance;
    class Wrong extends Real {
      constructor(m: WebAssembly.Module) { super(m, { env: { memory: new WebAssembly.Memory({ initial: 8 }) } }); }
    }
    vi.stubGlobal('WebAssembly', wasmWith({ Instance: Wrong }));
    const e = await freshEngine();
    expect(await e.loadKernels()).toBe('js');
    expect(e.kernelReport()?.reason).toMatch(/self-test failed/);
  });
});
