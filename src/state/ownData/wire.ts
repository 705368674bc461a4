import type { OwnPoints, PointSet } from '../../protocol.ts';
import type { OwnData, Split } from './types.ts';

function pointSet(d: OwnData, split: Split): PointSet {
  const pts = d.points.filter((p) => p.split === split);
  const x = new Float32Array(pts.length * 2);
  const labels = new Uint8Array(pts.length);
  pts.forEach((p, i) => {
    x[2 * i] = p.x;
    x[2 * i + 1] = p.y;
    labels[i] = p.label;
  });
  return { x, labels, n: pts.length };
}

const cache = new WeakMap<OwnData, OwnPoints>();
let nextKey = 1;

/** Own data as the worker receives it: training and validation points in their order, as float32. Cached per object. */
export function toWire(d: OwnData): OwnPoints {
  let w = cache.get(d);
  if (!w) {
    w = { key: nextKey++, classes: d.classes, train: pointSet(d, 'train'), val: pointSet(d, 'val') };
    cache.set(d, w);
  }
  return w;
}
