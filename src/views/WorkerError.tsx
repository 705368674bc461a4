import { restartWorker } from '../state/actions.ts';
import { useLab } from '../state/store.ts';
import { useT } from './useT.ts';

/** Shown when the worker failed: what happened, and a button that brings the same runs back. */
export function WorkerError() {
  const error = useLab((s) => s.workerError);
  const t = useT();
  if (error === null) return null;
  return (
    <section className="worker-error" role="alert">
      <p>{t('workerError', { message: error })}</p>
      <button type="button" onClick={restartWorker}>
        {t('restart')}
      </button>
    </section>
  );
}
