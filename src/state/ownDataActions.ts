import { configureWorker } from './actions.ts';
import { KNOBS } from './knobs.ts';
import { isLocked } from './lock.ts';
import type { OwnData } from './ownData/types.ts';
import { countSplits } from './ownData/validate.ts';
import { useLab } from './store.ts';

/** Most undo steps kept. */
const UNDO_DEPTH = 100;

// The drawing actions (add, erase, clear, start from a set) live in ownDataEdit.ts, loaded with the editor.

function clampTrainSize(n: number): number {
  const def = KNOBS.trainSize;
  return def.kind === 'number' ? Math.max(def.min, Math.min(def.max, n)) : n;
}

/**
 * Makes `data` the own data and trains every run on it (dataset 'own'), remembering the previous data for
 * undo. A loaded set (CSV, file, link, host page) also sets N to its training size, so all of it trains, unless
 * the teacher locked N.
 */
export function loadOwnData(data: OwnData, opts: { fitN?: boolean; record?: boolean } = {}): void {
  useLab.setState((s) => {
    const ownUndo = opts.record !== false && s.ownData ? [...s.ownUndo, s.ownData].slice(-UNDO_DEPTH) : s.ownUndo;
    const config = { ...s.config, dataset: 'own' as const };
    if (opts.fitN && !isLocked(s, 'trainSize')) config.trainSize = clampTrainSize(countSplits(data).train);
    return { ownData: data, ownUndo, config };
  });
  configureWorker();
}

/** Goes back to the data before the last edit. */
export function undoOwnData(): void {
  const s = useLab.getState();
  const prev = s.ownUndo[s.ownUndo.length - 1];
  if (!prev) return;
  useLab.setState({ ownData: prev, ownUndo: s.ownUndo.slice(0, -1), config: { ...s.config, dataset: 'own' } });
  configureWorker();
}
