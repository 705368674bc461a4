import type { InitName } from './types.ts';
import type { Rng } from './rng.ts';

/**
 * Fills W [nOut×nIn] by init. Normal inits (small, he, large) scale one standard-normal
 * sequence and uniform inits (standard, xavier) scale one U[−1, 1) sequence, so equal
 * shapes and seeds give the same draws, differing only in scale.
 */
export function initWeights(W: Float32Array, init: InitName, nIn: number, nOut: number, rng: Rng): void {
  const len = W.length;
  switch (init) {
    case 'zero':
      W.fill(0);
      return;
    case 'small':
    case 'he':
    case 'large': {
      const std = init === 'small' ? 0.01 : init === 'he' ? Math.sqrt(2 / nIn) : 1;
      for (let i = 0; i < len; i++) W[i] = std * rng.normal();
      return;
    }
    case 'standard':
    case 'xavier': {
      const limit = init === 'standard' ? 1 / Math.sqrt(nIn) : Math.sqrt(6 / (nIn + nOut));
      for (let i = 0; i < len; i++) W[i] = limit * (2 * rng.uniform() - 1);
      return;
    }
  }
}
