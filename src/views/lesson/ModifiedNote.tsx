import { findLesson, matchesLesson } from '../../state/lessons.ts';
import { mayOpenLesson, openLessonAsLearner } from '../../state/lock.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

/** A quiet line saying the knobs no longer match the lesson, with a button that restores it; nothing when they match. */
export function ModifiedNote() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  const modified = useLab((s) => {
    const lesson = findLesson(s.lessonId);
    return lesson !== undefined && !matchesLesson(lesson, s.config, s.comparison);
  });
  // Restoring the lesson would undo a value the teacher locked: the note then only says what it is.
  const restorable = useLab((s) => mayOpenLesson(s, s.lessonId));
  if (!modified) return null;
  return (
    <p className="lesson-modified" role="status" data-testid="lesson-modified">
      <span>{t('classroom.modified')}</span>{' '}
      {restorable && (
        <button type="button" onClick={() => openLessonAsLearner(lessonId)}>
          {t('classroom.restore')}
        </button>
      )}
    </p>
  );
}
