import { makeData } from '../../engine/data.ts';
import type { DatasetName } from '../../engine/types.ts';
import type { OwnData, OwnPoint } from './types.ts';
import { EXTENT, MAX_URL_POINTS } from './types.ts';

/** Drawn points sit on a 1/1000 grid (the link's compact mode); so do points started from a built-in set. */
export function snap(v: number): number {
  const s = Math.fround(Math.round(Math.max(-EXTENT, Math.min(EXTENT, v)) * 1000) / 1000);
  return Object.is(s, -0) ? 0 : s;
}

/**
 * A built-in set as own data to edit: its first `train` training and `val` validation points (seeded as the
 * built-in set is, snapped to the 1/1000 grid), at most MAX_URL_POINTS together so the result fits a link.
 */
export function ownFromBuiltIn(spec: { name: DatasetName; noise: number; labelNoise: number; seed: number }, train: number, val: number): OwnData {
  const t = Math.max(1, Math.min(train, MAX_URL_POINTS));
  const v = Math.max(0, Math.min(val, MAX_URL_POINTS - t));
  const d = makeData({ ...spec, trainSize: t, valSize: v });
  const points: OwnPoint[] = [];
  for (const [set, split] of [[d.train, 'train'], [d.val, 'val']] as const) {
    for (let i = 0; i < set.n; i++) points.push({ x: snap(set.x[2 * i]), y: snap(set.x[2 * i + 1]), label: set.labels[i], split });
  }
  return { classes: d.train.classes === 3 ? 3 : 2, points };
}

/** Own data to start editing from a built-in set with a run's noise and seed: N (at most 200) training points and a third as many for validation. */
export function ownFromConfig(c: { dataset: string; noise: number; labelNoise: number; seed: number; trainSize: number }, name: DatasetName): OwnData {
  const train = Math.min(c.trainSize, 200);
  return ownFromBuiltIn({ name, noise: c.noise, labelNoise: c.labelNoise, seed: c.seed }, train, Math.round(train / 3));
}
