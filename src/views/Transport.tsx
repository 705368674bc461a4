import { reset, stepOnce, togglePlay } from '../state/actions.ts';
import { useLab } from '../state/store.ts';
import { useT } from './useT.ts';

/** Play/Pause, Step and Reset. */
export function Transport() {
  const t = useT();
  const playing = useLab((s) => s.playing);
  return (
    <div className="transport" role="group">
      <button type="button" onClick={togglePlay} aria-pressed={playing} data-testid="play">
        {playing ? t('pause') : t('play')}
      </button>
      <button type="button" onClick={() => stepOnce()}>
        {t('step')}
      </button>
      <button type="button" onClick={reset}>
        {t('reset')}
      </button>
    </div>
  );
}
