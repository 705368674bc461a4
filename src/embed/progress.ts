import { format, MESSAGES, type MessageKey } from '../i18n/index.ts';
import { selectHorizon } from '../state/horizon.ts';
import { LESSONS } from '../state/lessons.ts';
import { derivedOf } from '../state/series.ts';
import type { LabState } from '../state/store.ts';
import { runLabel } from '../state/runLabel.ts';
import { SOURCE, type EmbedEvent, type EmbedRunProgress } from './messages.ts';

type Slice = Pick<LabState, 'runs' | 'history' | 'derived' | 'live' | 'comparison' | 'lang' | 'step' | 'epoch' | 'playing' | 'lessonId' | 'horizonReached'>;

const finite = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/** Run labels as the page shows them, in its language ("A · ReLU"). */
function labels(s: Slice): string[] {
  const m = MESSAGES[s.lang];
  const t = (key: MessageKey, params?: Record<string, string | number>) => format(m[key], params);
  return s.runs.map((_, i) => runLabel(t, s.comparison, i));
}

/** The `progress` message for the current state: latest recorded losses/accuracies and the latest gradient norms per run (the merge's "latest"). */
export function progressEvent(s: Slice): EmbedEvent {
  const names = labels(s);
  const runs: EmbedRunProgress[] = s.runs.map((r, i) => {
    const { last, layers } = derivedOf(s, r.id);
    return {
      id: r.id,
      label: names[i],
      trainLoss: finite(last?.trainLoss),
      valLoss: finite(last?.valLoss),
      trainAcc: finite(last?.trainAcc),
      valAcc: finite(last?.valAcc),
      gradNorms: (layers ?? []).map((l) => l.gradNorm),
      diverged: s.live[r.id]?.status === 'diverged',
    };
  });
  const { reached, ...horizon } = selectHorizon(s);
  return {
    source: SOURCE,
    type: 'progress',
    step: s.step,
    epoch: s.epoch,
    playing: s.playing,
    lesson: s.lessonId,
    horizon,
    horizonReached: reached,
    runs,
  };
}

/** The `ready` message: the lesson, every lesson id a host may `set`, the language and the runs. */
export function readyEvent(s: Slice): EmbedEvent {
  const names = labels(s);
  return {
    source: SOURCE,
    type: 'ready',
    version: 1,
    lesson: s.lessonId,
    lessons: LESSONS.map((l) => l.id),
    lang: s.lang,
    runs: s.runs.map((r, i) => ({ id: r.id, label: names[i] })),
  };
}
