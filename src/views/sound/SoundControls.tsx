import { useEffect, useId, useSyncExternalStore } from 'react';
import { setSound, setSoundRun, setVolume } from '../../state/actions.ts';
import { useLab } from '../../state/store.ts';
import { runLabel } from '../../state/runLabel.ts';
import { useT } from '../ui/useT.ts';
import { soundRunning, startSound, stopSound, subscribeSound } from './soundOutput.ts';

/**
 * The sound toggle (off by default; kept in the URL), the run whose layers sound and the volume. A
 * link with sound=1 waits for the person's first click or key press before making the audio graph.
 */
export function SoundControls() {
  const t = useT();
  const on = useLab((s) => s.sound);
  const runs = useLab((s) => s.runs);
  const comparison = useLab((s) => s.comparison);
  const soundRun = useLab((s) => s.soundRun);
  const volume = useLab((s) => s.volume);
  const running = useSyncExternalStore(subscribeSound, soundRunning);
  const waiting = on && !running;
  const hintId = useId();

  useEffect(() => {
    if (!waiting) return;
    // Browsers let a page make sound only after the person acted: the first click or key starts it.
    const start = () => startSound();
    window.addEventListener('pointerdown', start, { capture: true, once: true });
    window.addEventListener('keydown', start, { capture: true, once: true });
    return () => {
      window.removeEventListener('pointerdown', start, { capture: true });
      window.removeEventListener('keydown', start, { capture: true });
    };
  }, [waiting]);
  useEffect(() => () => stopSound(), []);

  const toggle = () => {
    if (on) {
      stopSound();
      setSound(false);
    } else {
      startSound();
      setSound(true);
    }
  };
  return (
    <div className="sound" role="group" aria-label={t('sound.title')}>
      <button type="button" aria-pressed={on} onClick={toggle} data-testid="sound" aria-describedby={hintId}>
        <span aria-hidden="true">{on ? '♪ ' : ''}</span>
        {t('sound.toggle')}
      </button>
      {on && runs.length > 1 && (
        <label>
          {t('sound.run')}{' '}
          <select value={runs.some((r) => r.id === soundRun) ? soundRun : runs[0].id} onChange={(e) => setSoundRun(e.target.value)} data-testid="sound-run">
            {runs.map((r, i) => (
              <option key={r.id} value={r.id}>
                {runLabel(t, comparison, i)}
              </option>
            ))}
          </select>
        </label>
      )}
      {on && (
        <label>
          {t('sound.volume')}{' '}
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(volume * 100)}
            aria-valuetext={t('sound.volumeValue', { n: Math.round(volume * 100) })}
            onChange={(e) => setVolume(Number(e.target.value) / 100)}
            data-testid="sound-volume"
          />
        </label>
      )}
      <span id={hintId} className="visually-hidden">
        {t('sound.hint')}
      </span>
      {waiting && <span className="sound-hint">{t('sound.waiting')}</span>}
    </div>
  );
}
