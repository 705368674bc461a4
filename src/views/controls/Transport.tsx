import { reset, stepOnce } from '../../state/actions.ts';
import { togglePlayAndShow } from '../ui/showFocus.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

/** Play/Pause (on a phone, Play also brings the lesson's chart into view), Step and Reset. */
export function Transport() {
  const t = useT();
  const playing = useLab((s) => s.playing);
  return (
    <div className="transport" role="group" aria-label={t('controls.transport')}>
      <button type="button" className="primary" onClick={togglePlayAndShow} aria-pressed={playing} data-testid="play">
        <span aria-hidden="true" className="icon">{playing ? '❚❚' : '▶'}</span> {playing ? t('pause') : t('play')}
      </button>
      <button type="button" onClick={() => stepOnce()}>
        <span aria-hidden="true" className="icon">▸|</span> {t('step')}
      </button>
      <button type="button" onClick={reset}>
        <span aria-hidden="true" className="icon">↺</span> {t('reset')}
      </button>
    </div>
  );
}
