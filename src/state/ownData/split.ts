import { createRng } from '../../engine/rng.ts';
import { VAL_SHARE, type Split } from './types.ts';

/**
 * A seeded split of n points: round(n × VAL_SHARE) of them, chosen by a Fisher–Yates shuffle of the
 * 'own-split' stream of `seed`, are validation points; the rest train. Same n and seed, same split.
 */
export function seededSplit(n: number, seed: number): Split[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed, 'own-split');
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]; order[i] = order[j]; order[j] = t;
  }
  const out: Split[] = new Array(n).fill('train');
  const val = Math.round(n * VAL_SHARE);
  for (let k = 0; k < val; k++) out[order[k]] = 'val';
  return out;
}
