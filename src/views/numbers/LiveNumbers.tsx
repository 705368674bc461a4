import { useMemo } from 'react';
import { RunSwatch } from '../ui/RunSwatch.tsx';
import { GradCell } from './GradCell.tsx';
import { paramCount } from '../../netShape.ts';
import { runLabel } from '../../state/runLabel.ts';
import { formatTableNumber } from '../ui/tableNumber.ts';
import { derivedOf } from '../../state/series.ts';
import { useFrame } from '../ui/useFrame.ts';
import type { BandMetric } from '../../state/seedSpread.ts';
import { useT } from '../ui/useT.ts';

const fmt = formatTableNumber;

/** The latest numbers of every run (paced while training), after the charts; the table doubles as their text equivalent. */
export function LiveNumbers() {
  const t = useT();
  return (
    <section className="panel live-numbers" data-view="numbers" aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('liveNumbers')}</h2>
      <NumbersTable />
    </section>
  );
}

/** Losses, accuracies, parameters and gradient norms (first and last hidden layer; every layer for a screen reader) of every run, one row each. */
function NumbersTable() {
  const t = useT();
  // Numbers that change every frame cannot be read: a few updates a second.
  const lab = useFrame(250);
  const { runs, live, comparison, spread, seedsInUse } = lab;
  /** Over several seeds, a cell's range (min–max over the seeds at the median's newest step), after the median. */
  const range = (id: string, key: BandMetric) => {
    const band = spread[id]?.band;
    const b = band && band.length ? band[band.length - 1] : undefined;
    return b && seedsInUse > 1 ? <span className="numbers-range"> ({fmt(b.lo[key])}–{fmt(b.hi[key])})</span> : null;
  };
  const params = useMemo(() => runs.map((r) => paramCount(r.layerSizes, r.config.batchNorm)), [runs]);
  return (
    <div className="table-scroll">
      {seedsInUse > 1 && <p className="hint" data-testid="numbers-seeds-note">{t('seeds.numbersNote', { n: seedsInUse })}</p>}
      <table className="numbers-table" data-testid="numbers-table">
        <thead>
          <tr>
            <th scope="col">{t('run')}</th>
            <th scope="col">{t('trainLoss')}</th>
            <th scope="col">{t('valLoss')}</th>
            <th scope="col">{t('trainAcc')}</th>
            <th scope="col">{t('valAcc')}</th>
            <th scope="col">{t('views.compute.params')}</th>
            <th scope="col">{t('gradNorm')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r, i) => {
            const d = derivedOf(lab, r.id);
            const last = d.last;
            const l = live[r.id];
            return (
              <tr key={r.id} data-run={r.id}>
                <th scope="row">
                  <RunSwatch index={i} /> {runLabel(t, comparison, i)}
                  {l?.status === 'diverged' ? ` (${t('diverged')})` : ''}
                </th>
                <td data-label={t('trainLoss')} data-testid={`trainLoss-${r.id}`}>{fmt(last?.trainLoss)}{range(r.id, 'trainLoss')}</td>
                <td data-label={t('valLoss')} data-testid={`valLoss-${r.id}`}>{fmt(last?.valLoss)}{range(r.id, 'valLoss')}</td>
                <td data-label={t('trainAcc')}>{fmt(last?.trainAcc)}{range(r.id, 'trainAcc')}</td>
                <td data-label={t('valAcc')}>{fmt(last?.valAcc)}{range(r.id, 'valAcc')}</td>
                <td data-label={t('views.compute.params')} data-testid={`params-${r.id}`}>{params[i].toLocaleString('en')}</td>
                <td data-label={t('gradNorm')} data-testid={`grad-${r.id}`} className="grads">
                  <GradCell runId={r.id} layers={d.layers} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
