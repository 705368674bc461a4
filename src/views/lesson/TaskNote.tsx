import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

/** The teacher's instruction (`task=`) over the lesson: plain text, never markup (React writes it as a text node). */
export function TaskNote() {
  const t = useT();
  const task = useLab((s) => s.task);
  if (task === null) return null;
  return (
    <div className="task-note" role="note" aria-labelledby="task-title" data-testid="task">
      <h2 id="task-title">{t('course.taskTitle')}</h2>
      <p>{task}</p>
    </div>
  );
}
