import { restartWorker } from '../state/actions.ts';
import { useLab } from '../state/store.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { DigitsProblem, WorkerFault } from '../protocol.ts';
import { useT } from './ui/useT.ts';

const FAULT_TEXT: Record<WorkerFault['kind'], MessageKey> = {
  failed: 'workerError',
  crashed: 'workerCrashed',
  unresponsive: 'workerUnresponsive',
  unreadable: 'workerUnreadable',
};

/** A data file the worker could not use (it says which check failed). */
const DATA_FAULT_TEXT: Record<DigitsProblem, MessageKey> = {
  fetch: 'digits.error.fetch',
  length: 'digits.error.length',
  checksum: 'digits.error.checksum',
  values: 'digits.error.values',
};

/** Shown when the worker failed: what happened, and a button that brings the same runs back. */
export function WorkerError() {
  const error = useLab((s) => s.workerError);
  const t = useT();
  if (error === null) return null;
  return (
    <section className="worker-error" role="alert">
      <p>{error.data ? t(DATA_FAULT_TEXT[error.data.problem]) : t(FAULT_TEXT[error.kind], { message: error.detail })}</p>
      <button type="button" onClick={restartWorker}>
        {t('restart')}
      </button>
    </section>
  );
}
