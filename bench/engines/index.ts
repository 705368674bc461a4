import type { EngineSetup } from './runner.ts';

export const ENGINE_IDS = ['ours', 'tfjs-cpu', 'tfjs-wasm', 'brain.js', 'convnetjs'] as const;
/** Opt-in: measured only when asked for (--engines=…) or, for brain.js-2beta, when BENCH_BRAIN2 is set. */
export const OPTIONAL_ENGINE_IDS = ['brain.js-2beta'] as const;
export type EngineId = (typeof ENGINE_IDS)[number] | (typeof OPTIONAL_ENGINE_IDS)[number];
export const ALL_ENGINE_IDS: readonly EngineId[] = [...ENGINE_IDS, ...OPTIONAL_ENGINE_IDS];

/** Loaded lazily so each child process only imports the one library it measures. */
export async function loadEngine(id: EngineId): Promise<EngineSetup> {
  switch (id) {
    case 'ours':
      return (await import('./ours.ts')).setup;
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
