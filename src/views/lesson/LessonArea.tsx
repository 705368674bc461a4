import { findLesson, lessonPlace, LESSONS } from '../../state/lessons.ts';
import { lessonShown } from '../../state/horizon.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey } from './lessonNav.ts';
import { ModifiedNote } from './ModifiedNote.tsx';
import { Outcome } from './Outcome.tsx';
import { Prediction } from './Prediction.tsx';
import { usePredictions } from '../../state/predictions.ts';
import { useRevealAtSteps } from './useRevealAtSteps.ts';
import './lesson.css';

/** The current lesson's text: title, what to look for, the prediction before the run and what happened after it. */
export function LessonArea() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  const hidden = useLab((s) => !lessonShown(s));
  const lesson = findLesson(lessonId) ?? LESSONS[0];
  const revealed = usePredictions((s) => s.revealed[lesson.id] === true);
  useRevealAtSteps(lesson);
  if (hidden) return null;
  const place = lessonPlace(lesson);
  return (
    <section className="lesson" aria-labelledby="lesson-title" data-lesson={lesson.id}>
      <div className="lesson-head">
        <p className="lesson-number">
          {t('lessons.place', {
            chapter: place.chapterNumber,
            title: t(`lessons.chapter.${place.chapter}`),
            n: place.inChapter,
            total: place.chapterSize,
          })}
        </p>
        <h2 id="lesson-title">{t(lessonKey(lesson.id, 'title'))}</h2>
        <ModifiedNote />
      </div>
      <div className="lesson-body">
        <div className="lesson-look">
          <h3>{t('lessons.lookFor')}</h3>
          <p>{t(lessonKey(lesson.id, 'look'))}</p>
        </div>
        {revealed ? <Outcome lesson={lesson} /> : <Prediction lesson={lesson} />}
      </div>
    </section>
  );
}
