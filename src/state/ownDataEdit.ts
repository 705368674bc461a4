import type { DatasetName } from '../engine/types.ts';
import { restoreSetup } from './actions.ts';
import { keepsLocks } from './lock.ts';
import { ownFromConfig, snap } from './ownData/builtIn.ts';
import type { ImportedExport } from './ownData/jsonFile.ts';
import type { OwnData, OwnPoint, Split } from './ownData/types.ts';
import { loadOwnData } from './ownDataActions.ts';
import { useLab } from './store.ts';
import { parseUrl } from './url.ts';

/**
 * Drawing on own data: each edit is a new OwnData with undo, and every run retrains on it. Only the own-data
 * editor (a chunk loaded on first use) imports these.
 */

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

/**
 * Opens a JSON export: its lesson, configuration and comparison (read from its query string, as a link
 * would be) and its own data, at step 0. Exports of up to 300 points also carry the data in the query;
 * larger ones only in `data`, so the query's dataset=own is kept whenever `data` is there. An export that would
 * change a knob the teacher locked is not opened: returns false, and nothing changes.
 */
export function openExport(value: ImportedExport): boolean {
  const { state } = parseUrl(value.query);
  const config = { ...state.config };
  if (value.data && new URLSearchParams(value.query).get('dataset') === 'own') config.dataset = 'own';
  const data = value.data ?? state.ownData;
  if (config.dataset === 'own' && !data) config.dataset = state.config.dataset;
  if (!keepsLocks(useLab.getState(), config, state.comparison)) return false;
  restoreSetup(state.lessonId, config, state.comparison, data);
  return true;
}
