import { useEffect, useRef } from 'react';
import { openSweep, play, reset } from '../../state/actions.ts';
import { selectHorizonReached } from '../../state/horizon.ts';
import { nextFrame } from '../../state/stream.ts';
import { inSweep, type Lesson } from '../../state/lessons.ts';
import { SEED_COUNTS } from '../../state/seedCounts.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey } from './lessonNav.ts';
import { forgetPrediction, usePredictions } from '../../state/predictions.ts';

/** "What happened": how the learner's pick fared, the explanation, and a way to predict again from step 0. */
export function Outcome({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const pick = usePredictions((s) => s.picks[lesson.id]);
  // Paused by itself at the horizon: say so, and offer to go on.
  const atHorizon = useLab((s) => selectHorizonReached(s) && !s.playing);
  const answer = t(lessonKey(lesson.id, `choice${lesson.answer + 1}`));
  let verdict: string;
  if (pick === undefined) verdict = t('lessons.verdictNone', { answer });
  else if (pick === lesson.answer) verdict = t('lessons.verdictRight', { choice: answer });
  else verdict = t('lessons.verdictWrong', { choice: t(lessonKey(lesson.id, `choice${pick + 1}`)), answer });
  const right = pick === lesson.answer;
  const sweepOpen = useLab((s) => inSweep(lesson, s.comparison, s.seeds));
  const ref = useRef<HTMLDivElement>(null);
  // When the lesson pauses itself, its answer and Keep training come into view inside the lesson box if
  // that box scrolls (it is at most a screen tall beside the charts, and in presenter mode on a projector they
  // sat below its fold), and stay in view while the box is resized. The page itself never moves.
  useEffect(() => {
    const el = ref.current;
    const box = el?.closest<HTMLElement>('.lesson');
    if (!atHorizon || !el || !box) return;
    const keep = () => {
      if (box.scrollHeight <= box.clientHeight) return;
      const below = el.getBoundingClientRect().bottom - (box.getBoundingClientRect().top + box.clientTop + box.clientHeight);
      if (below > 0) box.scrollTop += below + 8;
    };
    const cancel = nextFrame(keep);
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(keep) : null;
    ro?.observe(box);
    return () => {
      cancel();
      ro?.disconnect();
    };
  }, [atHorizon]);
  return (
    <div className="lesson-outcome" id="lesson-outcome" data-testid="lesson-outcome" ref={ref}>
      <h3>{t('lessons.happenedTitle')}</h3>
      <p className={right ? 'verdict right' : 'verdict'}>
        <span aria-hidden="true">{right ? '✓ ' : pick === undefined ? '' : '✗ '}</span>
        {verdict}
      </p>
      <p>{t(lessonKey(lesson.id, 'happened'))}</p>
      {SEED_COUNTS[lesson.id] && (
        <p className="hint" data-testid="lesson-seed-count">
          {t('seeds.lessonCount', SEED_COUNTS[lesson.id])}
        </p>
      )}
      {atHorizon && (
        <p className="hint">
          {lesson.horizon.unit === 'steps'
            ? t('lessons.horizonPaused', { steps: lesson.horizon.value })
            : t('lessons.horizonPausedRace', { seconds: lesson.horizon.value, target: Math.round((lesson.target?.valAcc ?? 1) * 100) })}
        </p>
      )}
      <div className="outcome-actions">
        {atHorizon && (
          <button type="button" className="primary" onClick={play} data-testid="keep-training">
            {t('lessons.keepTraining')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            forgetPrediction(lesson.id);
            reset();
          }}
        >
          {t('lessons.predictAgain')}
        </button>
        {lesson.sweep && !sweepOpen && (
          <button type="button" onClick={() => openSweep(lesson.id)} aria-describedby="lesson-sweep-hint" data-testid="try-sweep">
            {t('seeds.sweep.try')}
          </button>
        )}
      </div>
      {lesson.sweep && !sweepOpen && (
        <p className="hint" id="lesson-sweep-hint">
          {t('seeds.sweep.hint')}
        </p>
      )}
    </div>
  );
}
