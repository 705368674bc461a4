import { cutTask, TASK_MAX, taskLength } from '../../state/courseUrl.ts';
import { useT } from '../ui/useT.ts';

/** The optional instruction, at most 280 characters (what is typed or pasted past that is cut), with a count. */
export function MakerTask({ task, onChange }: { task: string; onChange(task: string): void }) {
  const t = useT();
  return (
    <div className="maker-task">
      <label htmlFor="maker-task" className="knob-label">
        {t('maker.task')}
      </label>
      <textarea id="maker-task" rows={3} value={task} onChange={(e) => onChange(cutTask(e.target.value))} aria-describedby="maker-task-count" />
      <p className="hint" id="maker-task-count">
        {t('maker.taskCount', { n: taskLength(task), max: TASK_MAX })}
      </p>
    </div>
  );
}
