import { setSpeed } from '../../state/actions.ts';
import { currentLesson } from '../../state/horizon.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { nearestStop, SPEED_STOPS } from '../ui/sliderSpec.ts';

/**
 * Training speed: the lesson's own pace (the default, so its horizon plays over ~20 s), steps per
 * second on a log slider (1…1000), or "as fast as possible".
 */
export function SpeedControl() {
  const t = useT();
  const speed = useLab((s) => s.speed);
  const pace = useLab((s) => currentLesson(s).pace);
  const max = speed === 'max';
  const shown = speed === 'max' ? SPEED_STOPS[SPEED_STOPS.length - 1] : (speed ?? pace);
  const text = max ? t('controls.speedMax') : speed === null ? t('controls.paceValue', { n: pace }) : t('controls.speedValue', { n: shown });
  return (
    <div className="knob speed">
      <label htmlFor="speed" className="knob-label">
        {t('controls.speed')}
      </label>
      <span className="slider">
        <input
          id="speed"
          type="range"
          min={0}
          max={SPEED_STOPS.length - 1}
          step={1}
          value={nearestStop(SPEED_STOPS, shown)}
          aria-valuetext={text}
          disabled={max}
          onChange={(e) => setSpeed(SPEED_STOPS[Number(e.target.value)])}
        />
        {/* Not a live region: the slider's aria-valuetext already says the value. */}
        <output htmlFor="speed" className="readout" aria-live="off">
          {max ? '∞' : shown}
        </output>
      </span>
      <div className="knob-row">
        <input id="speed-max" type="checkbox" checked={max} onChange={(e) => setSpeed(e.target.checked ? 'max' : null)} />
        <label htmlFor="speed-max">{t('controls.speedMax')}</label>
      </div>
      <div className="knob-row">
        <input id="speed-pace" type="checkbox" checked={speed === null} onChange={(e) => setSpeed(e.target.checked ? null : nearestSpeed(pace))} />
        <label htmlFor="speed-pace">{t('controls.lessonPace')}</label>
      </div>
    </div>
  );
}

/** The slider stop closest to a pace (what unticking "lesson's pace" leaves the slider at). */
function nearestSpeed(pace: number): number {
  return SPEED_STOPS[nearestStop(SPEED_STOPS, pace)];
}
