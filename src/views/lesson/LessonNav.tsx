import { activeChapters, chapterLessons, LESSONS } from '../../state/lessons.ts';
import { mayOpenLesson, openLessonAsLearner } from '../../state/lock.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey, neighbourLesson } from './lessonNav.ts';

/**
 * The lesson picker: previous, a select of every lesson grouped by chapter (numbered as `lesson=<n>` takes them), next.
 * A lesson that would change a knob the teacher locked cannot be picked.
 */
export function LessonNav() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  // Which lessons keep the locks: one string, so the picker re-renders only when that changes.
  const closed = useLab((s) => (s.lock.length ? LESSONS.filter((l) => !mayOpenLesson(s, l.id)).map((l) => l.id).join(' ') : ''));
  const opens = (id: string | null) => id !== null && !closed.split(' ').includes(id);
  const prev = neighbourLesson(lessonId, -1);
  const next = neighbourLesson(lessonId, 1);
  const lockedTitle = (id: string | null) => (id !== null && !opens(id) ? t('course.lessonLocked') : undefined);
  return (
    <nav className="lesson-nav" aria-label={t('classroom.lesson')}>
      <button type="button" onClick={() => prev && openLessonAsLearner(prev)} disabled={!opens(prev)} title={lockedTitle(prev)} aria-label={t('classroom.prevLabel')}>
        <span aria-hidden="true">‹</span> <span className="nav-word">{t('classroom.prev')}</span>
      </button>
      <label className="lesson-select">
        <span className="visually-hidden">{t('classroom.lesson')}</span>
        <select value={lessonId} onChange={(e) => openLessonAsLearner(e.target.value)} data-testid="lesson-select">
          {activeChapters().map((c, ci) => (
            <optgroup key={c} label={t('lessons.chapterGroup', { chapter: ci + 1, title: t(`lessons.chapter.${c}`) })}>
              {chapterLessons(c).map((l) => (
                <option key={l.id} value={l.id} disabled={l.id !== lessonId && !opens(l.id)}>
                  {LESSONS.indexOf(l) + 1}. {t(lessonKey(l.id, 'title'))}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => next && openLessonAsLearner(next)} disabled={!opens(next)} title={lockedTitle(next)} aria-label={t('classroom.nextLabel')}>
        <span className="nav-word">{t('classroom.next')}</span> <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
