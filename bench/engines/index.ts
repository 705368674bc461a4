import type { EngineSetup } from './runner.ts';

/** ours: our engine on the SIMD kernels (as the app uses it after loadKernels()); ours-js: on its plain-JS kernels. */
export const ENGINE_IDS = ['ours', 'ours-js', 'tfjs-cpu', 'tfjs-wasm', 'brain.js', 'brain.js-2beta', 'convnetjs'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];
export const ALL_ENGINE_IDS: readonly EngineId[] = ENGINE_IDS;
/** Our own engines (the others are peers). */
export const OURS: readonly string[] = ['ours', 'ours-js'];

/** Loaded lazily so each child process only imports the one library it measures. */
export async function loadEngine(id: EngineId): Promise<EngineSetup> {
  switch (id) {
    case 'ours':
    case 'ours-js': {
      const { setup } = await import('./ours.ts');
      return (w, d) => setup(w, d, id === 'ours' ? 'simd' : 'js');
    }
    case 'tfjs-cpu': {
      const { setupTf } = await import('./tfjs.ts');
      return (w, d) => setupTf('cpu', w, d);
    }
    case 'tfjs-wasm': {
      const { setupTf } = await import('./tfjs.ts');
      return (w, d) => setupTf('wasm', w, d);
    }
    case 'brain.js':
    case 'brain.js-2beta': {
      const { loadBrain, setupBrain } = await import('./brain.ts');
      const mod = await loadBrain(id === 'brain.js' ? 'installed' : '2beta');
      return (w, d) => setupBrain(mod, w, d);
    }
    case 'convnetjs':
      return (await import('./convnet.ts')).setup;
    default: {
      const never: never = id;
      throw new Error(`unknown engine ${String(never)}`);
    }
  }
}
