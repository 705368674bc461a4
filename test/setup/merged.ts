import { currentLesson, horizonFacts } from '../../src/state/horizon.ts';
import { deriveRun, sharedGradExtent } from '../../src/state/series.ts';
import { initialLabState, type LabState } from '../../src/state/store.ts';

/**
 * A store patch as the one merge (state/ingest.ts) would have left it: a test that sets history and live numbers
 * by hand gets each run's derived numbers, the shared gradient extent and the horizon facts from them, over
 * `base` (the state the patch lands on). Fixture plumbing, not a stand-in for the merge's own tests (series, ingest).
 */
export function merged<P extends Partial<LabState>>(patch: P, base: LabState = initialLabState): P {
  const s = { ...base, ...patch };
  if (!('history' in patch) && !('live' in patch) && !('step' in patch) && !('runs' in patch)) return patch;
  const ids = [...new Set([...s.runs.map((r) => r.id), ...Object.keys(s.history), ...Object.keys(s.live)])];
  const derived = Object.fromEntries(ids.map((id) => [id, deriveRun(s.history[id] ?? [], s.live[id])]));
  const list = Object.values(derived);
  const derivedFacts: Partial<LabState> = {
    derived,
    gradExtent: { gradNorm: sharedGradExtent(list, 'gradNorm'), deltaNorm: sharedGradExtent(list, 'deltaNorm') },
    ...horizonFacts(currentLesson(s), s.step, s.runs.map((r) => derived[r.id]).filter(Boolean), false),
  };
  return { ...patch, ...derivedFacts };
}
