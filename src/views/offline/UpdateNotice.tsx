import { dismissUpdate, useUpdate } from '../../state/update.ts';
import { useT } from '../ui/useT.ts';
import './offline.css';

/** A small line saying a new version was installed and opens on the next load, with a button to load it now. */
export function UpdateNotice() {
  const show = useUpdate((s) => s.ready && !s.dismissed);
  const t = useT();
  if (!show) return null;
  return (
    <section className="update-notice" role="status" aria-label={t('offline.updateTitle')} data-testid="update-notice">
      <span>{t('offline.updateReady')}</span>
      <button type="button" onClick={() => window.location.reload()}>
        {t('offline.reloadNow')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('dismiss')}
      </button>
    </section>
  );
}
