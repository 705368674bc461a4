import '../ui/charts.css';
import './outcome.css';
import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { KNOB_ROWS } from '../../knobTable.ts';
import { setOutcome } from '../../state/actions.ts';
import { currentLesson } from '../../state/horizon.ts';
import { knobValueText } from '../../state/runLabel.ts';
import { isOrderedKnob, OUTCOME_METRICS, outcomeRows, outcomeStep, type OutcomeMetric, type OutcomeRow } from '../../state/outcome.ts';
import { useLab } from '../../state/store.ts';
import { FocusCue } from '../ui/FocusCue.tsx';
import { InSight, useInSight } from '../ui/inSight.ts';
import { formatPercent } from '../ui/percent.ts';
import { SegmentedSwitch } from '../ui/SegmentedSwitch.tsx';
import { formatTableNumber } from '../ui/tableNumber.ts';
import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { useSize } from '../ui/useSize.ts';
import { useT } from '../ui/useT.ts';
import { OutcomeChart } from './OutcomeChart.tsx';

/** y domain of an outcome: accuracy from at most .5 to 1, losses from 0 to a little over the largest seed. */
function yDomainOf(rows: readonly OutcomeRow[], metric: OutcomeMetric): [number, number] {
  const all = rows.flatMap((r) => r.seeds.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (metric === 'valAcc') return [Math.min(0.5, ...all.map((v) => Math.floor(v * 10) / 10)), 1];
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all, lo + 0.1);
  return [lo, hi * 1.05];
}

/**
 * Outcome by knob across seeds: for a comparison over one ordered knob trained over several seeds, the chosen outcome
 * (validation accuracy, validation loss or the loss gap) at the newest step every seed has reached, a dot per seed
 * and the median a line; its table (value, median, min, max) is its text equivalent; ←/→ move between values.
 */
export function OutcomePanel() {
  const t = useT();
  const [ref, { width, fontPx }] = useSize<HTMLElement>();
  const lab = useFrame(TEXT_MS, ref);
  const chosen = useLab((s) => s.outcome);
  const lessonId = useLab((s) => s.lessonId);
  const metric: OutcomeMetric = chosen ?? currentLesson({ lessonId }).sweep?.outcome ?? 'valAcc';
  const [cursor, setCursor] = useState<number | null>(null);
  const headingId = useId();
  const readoutId = useId();
  const inSight = useInSight(ref);
  const { runs, comparison, spread, seedsInUse } = lab;
  const rows = useMemo(() => outcomeRows(runs, comparison, spread, metric), [runs, comparison, spread, metric]);
  const step = useMemo(() => outcomeStep(runs, spread), [runs, spread]);
  const knob = comparison.knob;
  const pick = useCallback((m: OutcomeMetric) => setOutcome(m), []);
  const formatY = useCallback((v: number) => (metric === 'valAcc' ? formatPercent(t, v) : String(Number(v.toPrecision(3)))), [metric, t]);
  if (seedsInUse < 2 || !isOrderedKnob(knob) || comparison.knob2) return null;
  const knobName = t(KNOB_ROWS[knob].label as MessageKey);
  const metricName = t(`outcome.metric.${metric}` as MessageKey);
  const valueText = (row: OutcomeRow) => knobValueText(t, knob, row.value);
  const selected = cursor !== null && cursor < rows.length ? cursor : null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!rows.length) return;
    const last = rows.length - 1;
    const next = e.key === 'ArrowRight' ? Math.min(last, (selected ?? -1) + 1)
      : e.key === 'ArrowLeft' ? Math.max(0, (selected ?? rows.length) - 1)
        : e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key === 'Escape' ? null : undefined;
    if (next === undefined) return;
    e.preventDefault();
    setCursor(next);
  };
  const fmt = (v: number) => (metric === 'valAcc' ? formatPercent(t, v, 1) : formatTableNumber(v));
  const readoutRow = selected !== null ? rows[selected] : null;
  const height = Math.round(Math.min(Math.max(width * 0.5, fontPx * 14), fontPx * 20));
  return (
    <InSight value={inSight}>
      <section ref={ref} className="panel charts-panel outcome-panel" data-view="outcome" aria-labelledby={headingId}>
        <div className="charts-head">
          <h2 id={headingId}>{t('outcome.title')}<FocusCue view="outcome" /></h2>
          <SegmentedSwitch<OutcomeMetric>
            legend={t('outcome.show')}
            value={metric}
            onChange={pick}
            options={OUTCOME_METRICS.map((m) => ({ value: m, label: t(`outcome.metric.${m}` as MessageKey) }))}
          />
        </div>
        {rows.length === 0 || step === null ? (
          <p className="charts-muted">{t('outcome.waiting')}</p>
        ) : (
          <>
            <div
              className="charts-curves-plot"
              tabIndex={0}
              role="group"
              aria-label={t('outcome.chartLabel', { metric: metricName, knob: knobName })}
              aria-describedby={readoutId}
              onKeyDown={onKeyDown}
              data-testid="outcome-plot"
            >
              {width > 0 && (
                <OutcomeChart
                  rows={rows}
                  width={width}
                  height={height}
                  fontPx={fontPx}
                  yDomain={yDomainOf(rows, metric)}
                  valueText={valueText}
                  formatY={formatY}
                  xTitle={knobName}
                  yTitle={metricName}
                  selected={selected}
                />
              )}
            </div>
            <p id={readoutId} className="outcome-readout" aria-live="polite" data-testid="outcome-readout">
              {readoutRow
                ? t('outcome.readout', {
                    knob: knobName, value: valueText(readoutRow), median: fmt(readoutRow.median), min: fmt(readoutRow.min), max: fmt(readoutRow.max),
                    n: readoutRow.seeds.length - readoutRow.diverged,
                  })
                : t('outcome.caption', { step })}
            </p>
            <div className="table-scroll">
              <table className="outcome-table" data-testid="outcome-table" data-step={step} data-metric={metric}>
                <caption>{t('outcome.table', { metric: metricName, knob: knobName, step })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('outcome.value')}</th>
                    <th scope="col">{t('outcome.median')}</th>
                    <th scope="col">{t('outcome.min')}</th>
                    <th scope="col">{t('outcome.max')}</th>
                    <th scope="col">{t('outcome.seeds')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={row.runId} data-run={row.runId} data-value={String(row.value)} data-median={row.median} data-min={row.min} data-max={row.max}
                      data-seeds={row.seeds.length - row.diverged} className={i === selected ? 'outcome-row-selected' : undefined}>
                      <th scope="row">{valueText(row)}</th>
                      <td>{fmt(row.median)}</td>
                      <td>{fmt(row.min)}</td>
                      <td>{fmt(row.max)}</td>
                      <td>{row.diverged ? `${row.seeds.length - row.diverged} / ${row.seeds.length}` : row.seeds.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </InSight>
  );
}
