import { setLesson } from '../../state/actions.ts';
import { activeChapters, chapterLessons, LESSONS } from '../../state/lessons.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { lessonKey, neighbourLesson } from './lessonNav.ts';

/** The lesson picker: previous, a select of every lesson grouped by chapter (numbered as `lesson=<n>` takes them), next. */
export function LessonNav() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  const prev = neighbourLesson(lessonId, -1);
  const next = neighbourLesson(lessonId, 1);
  return (
    <nav className="lesson-nav" aria-label={t('classroom.lesson')}>
      <button type="button" onClick={() => prev && setLesson(prev)} disabled={!prev} aria-label={t('classroom.prevLabel')}>
        <span aria-hidden="true">‹</span> <span className="nav-word">{t('classroom.prev')}</span>
      </button>
      <label className="lesson-select">
        <span className="visually-hidden">{t('classroom.lesson')}</span>
        <select value={lessonId} onChange={(e) => setLesson(e.target.value)} data-testid="lesson-select">
          {activeChapters().map((c, ci) => (
            <optgroup key={c} label={t('lessons.chapterGroup', { chapter: ci + 1, title: t(`lessons.chapter.${c}`) })}>
              {chapterLessons(c).map((l) => (
                <option key={l.id} value={l.id}>
                  {LESSONS.indexOf(l) + 1}. {t(lessonKey(l.id, 'title'))}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => next && setLesson(next)} disabled={!next} aria-label={t('classroom.nextLabel')}>
        <span className="nav-word">{t('classroom.next')}</span> <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
