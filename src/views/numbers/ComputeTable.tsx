import { useMemo } from 'react';
import { useLab } from '../../state/store.ts';
import { RunSwatch } from '../ui/RunSwatch.tsx';
import { runLabel } from '../../state/runLabel.ts';
import { useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { flopsPerStep, formatCount } from './flops.ts';
import { paramCount } from '../../netShape.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

/**
 * The compute readout: per run its parameters, FLOPs per step and per pass over the data, its
 * steps/s and kernels, side by side; above, which kernels and how many workers train.
 */
export function ComputeTable() {
  const t = useT();
  const { runs, live, comparison } = useFrame(250);
  const kernels = useLab((s) => s.kernels);
  const workers = useLab((s) => s.poolWorkers);
  const mode = useLab((s) => s.mode);
  const rows = useMemo(() => {
    return runs.map((r) => {
      const c = r.config;
      const batch = Math.max(1, Math.min(c.batchSize, c.trainSize));
      const step = flopsPerStep(r.layerSizes, batch);
      return { r, params: paramCount(r.layerSizes, c.batchNorm), step, epoch: (step / batch) * c.trainSize };
    });
  }, [runs]);
  const kinds = new Set(runs.map((r) => r.kernels));
  const summary = kinds.size > 1 ? 'compute.summaryMixed' : kinds.has('simd') ? 'compute.summarySimd' : 'compute.summaryJs';
  return (
    <section className="panel compute-readout" data-view="compute" data-testid="compute-readout" aria-labelledby="compute-title">
      <h2 id="compute-title">{t('compute.title')}<FocusCue view="compute" /></h2>
      <p data-testid="compute-summary">
        <span data-testid="compute-kernels">{t(summary)}</span>
        {' · '}
        <span data-testid="compute-workers">{t('compute.workers', { n: workers })}</span>
      </p>
      {kernels && kernels.available === 'js' && (
        <p className="compute-nosimd" data-testid="compute-nosimd">
          {t('compute.noSimd', { reason: kernels.reason ?? '—' })}
        </p>
      )}
      {mode === 'race' && <p data-testid="compute-race">{t('compute.race')}</p>}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('compute.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compute.run')}</th>
              <th scope="col">{t('views.compute.params')}</th>
              <th scope="col">{t('compute.flops')}</th>
              <th scope="col">{t('compute.flopsEpoch')}</th>
              <th scope="col">{t('compute.rate')}</th>
              <th scope="col">{t('compute.kernels')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ r, params, step, epoch }, i) => {
              const sps = live[r.id]?.stepsPerSecond ?? 0;
              return (
                <tr key={r.id} data-run={r.id}>
                  <th scope="row">
                    <RunSwatch index={i} /> {runLabel(t, comparison, i)}
                  </th>
                  <td data-label={t('views.compute.params')} data-testid={`compute-params-${r.id}`}>{params.toLocaleString('en')}</td>
                  <td data-label={t('compute.flops')} data-testid={`compute-flops-${r.id}`}>{formatCount(step)}</td>
                  <td data-label={t('compute.flopsEpoch')} data-testid={`compute-epoch-${r.id}`}>{formatCount(epoch)}</td>
                  <td data-label={t('compute.rate')} data-testid={`compute-rate-${r.id}`}>{sps > 0 ? formatCount(sps) : '—'}</td>
                  <td data-label={t('compute.kernels')} data-testid={`compute-kernels-${r.id}`}>
                    {t(r.kernels === 'simd' ? 'compute.kernelSimd' : 'compute.kernelJs')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
