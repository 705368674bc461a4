import { currentLesson, lessonShown, selectHorizonReached } from '../state/horizon.ts';
import { usePredictions } from '../state/predictions.ts';
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
 * carries the lesson's title (the lesson box has scrolled away by then), a link down to the settings and, when the
 * lesson pauses at its horizon, a link up to what happened.
 * Presenter mode keeps its transport in the lesson column and hides the bar (its counters stay in the page, unseen).
 */
export function StageBar() {
  const t = useT();
  const controls = useLab((s) => s.controls);
  const present = useLab((s) => s.present);
  const showLesson = useLab(lessonShown);
  const lesson = useLab(currentLesson);
  const title = t(lessonKey(lesson.id, 'title'));
  // Paused at the horizon with the answer shown: on a phone "What happened" is up in the lesson box, a link away.
  const revealed = usePredictions((s) => s.revealed[lesson.id] === true);
  const atHorizon = useLab((s) => selectHorizonReached(s) && !s.playing);
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
      {!present && showsControl(controls, false, 'play') && <Transport />}
      <div className="stage-numbers">
        <Counters />
        <ComputeReadout />
      </div>
      {showLesson && revealed && atHorizon && (
        <a className="outcome-link" href="#lesson-outcome" data-testid="outcome-link">
          <span aria-hidden="true">↑ </span>
          {t('lessons.happenedTitle')}
        </a>
      )}
      {settings && (
        <a className="settings-link" href="#lab-settings">
          <span aria-hidden="true">⚙ </span>
          {t('controls.settings')}
        </a>
      )}
    </div>
  );
}
