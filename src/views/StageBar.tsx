import { findLesson, LESSONS } from '../state/lessons.ts';
import { useLab } from '../state/store.ts';
import { showsControl } from './controls/groups.ts';
import { Transport } from './controls/Transport.tsx';
import { ComputeReadout } from './numbers/ComputeReadout.tsx';
import { Counters } from './numbers/Counters.tsx';
import { useT } from './ui/useT.ts';
import { lessonKey } from './lesson/lessonNav.ts';

/**
 * The bar over the charts: Play/Pause, Step and Reset, the step and epoch counters and the training speed.
 * It sticks to the top of the screen while the page scrolls, so Pause is always in reach. On a phone it also
 * carries the lesson's title (the lesson box has scrolled away by then) and a link down to the settings.
 * Presenter mode keeps its transport in the lesson column and shows no bar.
 */
export function StageBar() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  const controls = useLab((s) => s.controls);
  const showLesson = controls === null || controls.includes('lesson');
  const title = t(lessonKey((findLesson(lessonId) ?? LESSONS[0]).id, 'title'));
  // Settings exist to link to only when the controls column shows some knob (an embed may show none).
  const settings = controls === null || controls.some((c) => c !== 'play' && c !== 'lesson');
  return (
    <div className="stage-bar" data-testid="stage-bar">
      {/* A copy of the lesson box's heading for sighted readers on a phone; screen readers have the heading itself. */}
      {showLesson && (
        <p className="stage-title" aria-hidden="true">
          {title}
        </p>
      )}
      {showsControl(controls, false, 'play') && <Transport />}
      <div className="stage-numbers">
        <Counters />
        <ComputeReadout />
      </div>
      {settings && (
        <a className="settings-link" href="#lab-settings">
          <span aria-hidden="true">⚙ </span>
          {t('controls.settings')}
        </a>
      )}
    </div>
  );
}
