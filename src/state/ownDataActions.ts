import type { DatasetName } from '../engine/types.ts';
import { configureWorker } from './actions.ts';
import { KNOBS } from './knobs.ts';
import { countSplits, ownFromConfig, snap, type OwnData, type OwnPoint, type Split } from './ownData/index.ts';
import { useLab } from './store.ts';

/** Most undo steps kept. */
const UNDO_DEPTH = 100;

function clampTrainSize(n: number): number {
  const def = KNOBS.trainSize;
  return def.kind === 'number' ? Math.max(def.min, Math.min(def.max, n)) : n;
}

/**
 * Makes `data` the own data and trains every run on it (dataset 'own'), remembering the previous data for
 * undo. A loaded set (CSV, file, link, host page) also sets N to its training size, so all of it trains.
 */
export function loadOwnData(data: OwnData, opts: { fitN?: boolean; record?: boolean } = {}): void {
  useLab.setState((s) => {
    const ownUndo = opts.record !== false && s.ownData ? [...s.ownUndo, s.ownData].slice(-UNDO_DEPTH) : s.ownUndo;
    const config = { ...s.config, dataset: 'own' as const };
    if (opts.fitN) config.trainSize = clampTrainSize(countSplits(data).train);
    return { ownData: data, ownUndo, config };
  });
  configureWorker();
}

/** Replaces the own data by an edit of it (drawing), keeping undo, and retrains. */
function edit(next: OwnData, record: boolean): void {
  loadOwnData(next, { record });
}

/** Own data to edit: the current one, or an empty set of the current data's classes. */
function current(): OwnData {
  return useLab.getState().ownData ?? { classes: 2, points: [] };
}

/** Adds a point of class `label` at (x, y) in data units (snapped to the 1/1000 grid, within ±1.5). */
export function addOwnPoint(x: number, y: number, label: number, split: Split): void {
  const d = current();
  if (label < 0 || label >= d.classes) return;
  const p: OwnPoint = { x: snap(x), y: snap(y), label, split };
  edit({ ...d, points: [...d.points, p] }, true);
}

/** Removes every point within `radius` data units of (x, y); `record` false joins the previous undo step (one drag, one undo). */
export function eraseOwnPoints(x: number, y: number, radius: number, record: boolean): boolean {
  const d = current();
  const r2 = radius * radius;
  const points = d.points.filter((p) => (p.x - x) ** 2 + (p.y - y) ** 2 > r2);
  if (points.length === d.points.length) return false;
  edit({ ...d, points }, record);
  return true;
}

/** Index of the point nearest (x, y) within `radius`, or −1. */
export function nearestOwnPoint(d: OwnData, x: number, y: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  d.points.forEach((p, i) => {
    const dd = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (dd <= bestD) {
      best = i;
      bestD = dd;
    }
  });
  return best;
}

/** Removes point i (keyboard delete). */
export function removeOwnPoint(i: number): void {
  const d = current();
  if (i < 0 || i >= d.points.length) return;
  edit({ ...d, points: d.points.filter((_, j) => j !== i) }, true);
}

/** Removes every point (undo brings them back). */
export function clearOwnData(): void {
  const d = current();
  edit({ classes: d.classes, points: [] }, true);
}

/** Switches between 2 and 3 classes; going to 2 drops points of the third class (undo brings them back). */
export function setOwnClasses(classes: 2 | 3): void {
  const d = current();
  if (d.classes === classes) return;
  const next: OwnData = { classes, points: d.points.filter((p) => p.label < classes) };
  edit(next, true);
}

/** Starts own data from a built-in set with the current noise and seed: N training points and a third as many validation points, within the link's limit. */
export function startOwnFrom(name: DatasetName): void {
  loadOwnData(ownFromConfig(useLab.getState().config, name), { fitN: true });
}

/** Goes back to the data before the last edit. */
export function undoOwnData(): void {
  const s = useLab.getState();
  const prev = s.ownUndo[s.ownUndo.length - 1];
  if (!prev) return;
  useLab.setState({ ownData: prev, ownUndo: s.ownUndo.slice(0, -1), config: { ...s.config, dataset: 'own' } });
  configureWorker();
}
