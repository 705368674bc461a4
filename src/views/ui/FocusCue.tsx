import type { ViewId } from '../../state/lessons.ts';
import { selectFocus } from '../../state/horizon.ts';
import { useLab } from '../../state/store.ts';
import { useT } from './useT.ts';

/** True when the open lesson's "what to look for" names `view` and the lesson text is on the page. */
export function useIsFocus(view: ViewId): boolean {
  return useLab((s) => selectFocus(s).includes(view));
}

/**
 * "Watch this" after a panel's heading when the open lesson tells the learner to watch that panel; nothing otherwise.
 * Inside the heading, so a screen reader hears it with the panel's name.
 */
export function FocusCue({ view }: { view: ViewId }) {
  const t = useT();
  if (!useIsFocus(view)) return null;
  return (
    <>
      {' '}
      <span className="focus-cue" data-focus-cue={view}>
        {t('views.focus')}
      </span>
    </>
  );
}
