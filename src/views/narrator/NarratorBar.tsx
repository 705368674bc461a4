import { askDescribe, setNarrator } from '../../state/actions.ts';
import { useLab } from '../../state/store.ts';
import { VERBOSITIES, type Verbosity } from '../../state/urlParams.ts';
import { useT } from '../ui/useT.ts';
import { useNarrator } from './useNarrator.ts';
import './narrator.css';

/**
 * The lab's one voice: a polite live region saying milestones (and, if asked, a status every few
 * seconds), the verbosity setting and a "Describe now" button. The live region is visible too, so
 * a teacher sees what a screen-reader user hears. `onNews` hears each batch of new milestones
 * (good: none of them is trouble), for the sound's earcon.
 */
export function NarratorBar({ onNews }: { onNews?: (good: boolean) => void }) {
  const t = useT();
  const verbosity = useLab((s) => s.narrator);
  const said = useNarrator(onNews);
  return (
    <div className="narrator" role="group" aria-label={t('narrator.title')}>
      <label className="narrator-setting">
        {t('narrator.verbosity')}{' '}
        <select value={verbosity} onChange={(e) => setNarrator(e.target.value as Verbosity)} data-testid="narrator-verbosity">
          {VERBOSITIES.map((v) => (
            <option key={v} value={v}>
              {t(`narrator.verbosity.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={askDescribe} data-testid="describe" aria-keyshortcuts="D">
        {t('narrator.describe')}
      </button>
      <p className="narrator-said" aria-live="polite" aria-atomic="true" data-testid="narrator-live" data-n={said?.n}>
        {said ? said.text : ''}
      </p>
      {!said && (
        <p className="narrator-said narrator-muted" aria-hidden="true">
          {t('narrator.nothingYet')}
        </p>
      )}
    </div>
  );
}
