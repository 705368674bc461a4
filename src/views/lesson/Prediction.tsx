import { useId } from 'react';
import type { Lesson } from '../../state/lessons.ts';
import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey } from './lessonNav.ts';
import { pickChoice, revealLesson, usePredictions } from '../../state/predictions.ts';

/** "Predict first": the lesson's question with its choices, the learner's pick, progress towards the reveal and a reveal-now button. */
export function Prediction({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const name = useId();
  const pick = usePredictions((s) => s.picks[lesson.id]);
  const race = lesson.horizon.unit === 'seconds';
  const steps = lesson.horizon.value;
  const choices = Array.from({ length: lesson.choices }, (_, i) => i);
  return (
    <div className="lesson-predict">
      <fieldset>
        <legend>
          <span className="predict-title">{t('lessons.predictTitle')}</span> {t(lessonKey(lesson.id, 'predict'))}
        </legend>
        <div className="choices">
          {choices.map((i) => (
            <label key={i} className={pick === i ? 'choice picked' : 'choice'}>
              <input type="radio" name={name} checked={pick === i} onChange={() => pickChoice(lesson.id, i)} />
              <span>{t(lessonKey(lesson.id, `choice${i + 1}`))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint" aria-live="polite">
        {pick === undefined ? t('lessons.predictHint') : race ? t('lessons.pickedSeconds', { seconds: steps }) : t('lessons.picked', { steps })}
      </p>
      <div className="reveal-row">
        <RevealProgress lesson={lesson} />
        <button type="button" onClick={() => revealLesson(lesson.id)} data-testid="reveal">
          {t('lessons.revealNow')}
        </button>
      </div>
    </div>
  );
}

/**
 * Progress towards the reveal: steps, or in a race the seconds every run has trained (whole seconds). Read from the
 * frame clock at text pace, in a component of its own: the question and its radio buttons above do not re-render
 * with every step (they did, and re-applied the radios' attributes in most frames while training).
 */
function RevealProgress({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const race = lesson.horizon.unit === 'seconds';
  const steps = lesson.horizon.value;
  const view = useFrame(TEXT_MS);
  const step = Math.min(race ? Math.floor(view.raceSeconds) : view.step, steps);
  const progress = race ? t('lessons.progressSeconds', { seconds: step, total: steps }) : t('lessons.progress', { step, steps });
  return (
    <>
      <progress max={steps} value={step} aria-label={progress} />
      <span className="progress-text">{progress}</span>
    </>
  );
}
