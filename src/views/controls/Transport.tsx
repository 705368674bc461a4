import { reset, stepOnce, togglePlay } from '../../state/actions.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

/** Play/Pause, Step and Reset. */
export function Transport() {
  const t = useT();
  const playing = useLab((s) => s.playing);
  return (
    <div className="transport" role="group" aria-label={t('controls.transport')}>
      <button type="button" className="primary" onClick={togglePlay} aria-pressed={playing} data-testid="play">
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
