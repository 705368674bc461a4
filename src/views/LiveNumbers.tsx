import { useLab } from '../state/store.ts';
import { useT } from './useT.ts';

function fmt(x: number | undefined, digits = 3): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  return Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(1) : x.toFixed(digits);
}

/** A plain table of the latest numbers of every run: losses, accuracies, per-layer gradient norms. */
export function LiveNumbers() {
  const t = useT();
  const runs = useLab((s) => s.runs);
  const history = useLab((s) => s.history);
  const live = useLab((s) => s.live);
  const step = useLab((s) => s.step);
  return (
    <section className="live-numbers" aria-label={t('liveNumbers')}>
      <p>
        {t('stepLabel')} <output data-testid="step">{step}</output>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('run')}</th>
            <th scope="col">{t('trainLoss')}</th>
            <th scope="col">{t('valLoss')}</th>
            <th scope="col">{t('valAcc')}</th>
            <th scope="col">{t('gradNorm')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const h = history[r.id];
            const last = h && h.length ? h[h.length - 1] : undefined;
            const l = live[r.id];
            return (
              <tr key={r.id} data-run={r.id}>
                <th scope="row">
                  {r.id}: {r.label}
                  {l?.status === 'diverged' ? ` (${t('diverged')})` : ''}
                </th>
                <td data-testid={`trainLoss-${r.id}`}>{fmt(last?.trainLoss)}</td>
                <td data-testid={`valLoss-${r.id}`}>{fmt(last?.valLoss)}</td>
                <td>{fmt(last?.valAcc)}</td>
                <td data-testid={`grad-${r.id}`}>{(l?.layers ?? []).map((s) => fmt(s.gradNorm)).join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
