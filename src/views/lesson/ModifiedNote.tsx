import { setLesson } from '../../state/actions.ts';
import { findLesson, matchesLesson } from '../../state/lessons.ts';
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
  if (!modified) return null;
  return (
    <p className="lesson-modified" role="status" data-testid="lesson-modified">
      <span>{t('classroom.modified')}</span>{' '}
      <button type="button" onClick={() => setLesson(lessonId)}>
        {t('classroom.restore')}
      </button>
    </p>
  );
}
