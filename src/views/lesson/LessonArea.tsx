import { findLesson, lessonPlace, LESSONS } from '../../state/lessons.ts';
import { lessonShown } from '../../state/horizon.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey } from './lessonNav.ts';
import { ModifiedNote } from './ModifiedNote.tsx';
import { Outcome } from './Outcome.tsx';
import { Prediction } from './Prediction.tsx';
import { TaskNote } from './TaskNote.tsx';
import { usePredictions } from '../../state/predictions.ts';
import { useRevealAtSteps } from './useRevealAtSteps.ts';
import './lesson.css';

/**
 * The current lesson's text: the teacher's instruction when a link gives one, title, what to look for, the prediction
 * before the run and what happened after it. With the lesson's text hidden (`controls=`) the instruction stays.
 */
export function LessonArea() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  const hidden = useLab((s) => !lessonShown(s));
  const lesson = findLesson(lessonId) ?? LESSONS[0];
  const revealed = usePredictions((s) => s.revealed[lesson.id] === true);
  const task = useLab((s) => s.task !== null);
  useRevealAtSteps(lesson);
  if (hidden)
    return task ? (
      <div className="lesson task-only">
        <TaskNote />
      </div>
    ) : null;
  const place = lessonPlace(lesson);
  return (
    <section className="lesson" aria-labelledby="lesson-title" data-lesson={lesson.id}>
      <TaskNote />
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
