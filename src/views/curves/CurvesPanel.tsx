import '../ui/charts.css';
import { useCallback, useId, useMemo, useState } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { formatPercent } from '../ui/percent.ts';
import { CurvesChart } from './CurvesChart.tsx';
import { PacedCurvesLines } from './CurvesLines.tsx';
import { curveDomain, unionSteps, type CurveMetric } from './curvesData.ts';
import { CurvesLegend } from './CurvesLegend.tsx';
import { CurvesReadout } from './CurvesReadout.tsx';
import { curvesSummary } from './curvesSummary.ts';
import { divergenceText, runLabels } from '../ui/runText.ts';
import { SegmentedSwitch } from '../ui/SegmentedSwitch.tsx';
import { useSize } from '../ui/useSize.ts';
import { useStepCursor } from '../ui/useStepCursor.ts';
import { formatSeconds, useXAxis } from '../ui/xAxis.ts';
import { viewLayout } from '../ui/viewLayout.ts';
import { InSight, useInSight } from '../ui/inSight.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

const EMPTY: readonly HistoryPoint[] = [];

/**
 * Train and validation loss (or accuracy) of every run on one chart, with a keyboard/hover step readout. The lines and
 * axes redraw on every frame the clock gives them (PacedCurvesLines); the words, the best-step markers and the end
 * labels at text pace, so a frame that redraws the lines touches no text.
 */
export function CurvesPanel() {
  const t = useT();
  const [ref, { width, fontPx }] = useSize<HTMLElement>();
  const lab = useFrame(TEXT_MS, ref);
  const runs = lab.runs;
  const history = lab.history;
  // Over several seeds a run does not diverge as a whole: its diverged seeds are named one by one below.
  const divergences = runs.map((r) => (lab.seedsInUse > 1 ? undefined : lab.live[r.id]?.divergence));
  const comparison = lab.comparison;
  const [metric, setMetric] = useState<CurveMetric>('loss');
  const [hover, setHover] = useState<number | null>(null);
  const headingId = useId();
  const readoutId = useId();
  const inSight = useInSight(ref);

  const labels = runLabels(t, comparison, runs);
  const series = useMemo(() => runs.map((r, i) => ({ id: r.id, index: i, points: history[r.id] ?? EMPTY })), [runs, history]);
  const all = useMemo(() => series.map((s) => s.points), [series]);
  const steps = useMemo(() => unionSteps(all), [all]);
  // A race's x-axis is seconds of training (each run as fast as its setup allows).
  const { race, xOf, domain: xDomain } = useXAxis(lab, all);
  const yDomain = useMemo(() => curveDomain(all, metric), [all, metric]);
  const cursor = useStepCursor(steps);
  const shown = hover ?? cursor.step;
  const readoutStep = shown ?? (steps.length ? steps[steps.length - 1] : null);
  const pct = useCallback((v: number) => formatPercent(t, v), [t]);
  const formatY = useCallback((v: number) => (metric === 'acc' ? pct(v) : String(Number(v.toPrecision(3)))), [metric, pct]);
  const metricName = t(metric === 'loss' ? 'charts.curves.loss' : 'charts.curves.acc');
  // Presenter mode fits every view on one screen, so the chart is flatter there.
  const height = viewLayout(lab.present, runs.length).curves.height(width, fontPx);
  const withLabels = series.map((s, i) => ({ ...s, label: labels[i] }));

  return (
    <InSight value={inSight}>
    <figure ref={ref} className="charts-panel charts-curves-panel" aria-labelledby={headingId}>
      <div className="charts-head">
        <h2 id={headingId}>{t('charts.curves.title')}<FocusCue view="curves" /></h2>
        <SegmentedSwitch<CurveMetric>
          legend={t('charts.curves.show')}
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'loss', label: t('charts.curves.loss') },
            { value: 'acc', label: t('charts.curves.acc') },
          ]}
        />
      </div>
      {runs.length === 0 && <p className="charts-muted">{t('charts.noData')}</p>}
      {runs.length > 0 && (
        <CurvesLegend
          runs={withLabels}
          texts={{
            train: t('charts.curves.train'),
            val: t('charts.curves.val'),
            // Over several seeds the shade is the validation band, not the gap.
            gap: lab.seedsInUse > 1 ? t('seeds.bandSwatch', { n: lab.seedsInUse }) : t('charts.curves.gap'),
            best: t('charts.curves.best'),
          }}
        />
      )}
      {runs.length > 0 && lab.seedsInUse > 1 && (
        <p className="charts-muted charts-seeds-band" data-testid="curves-band-legend">
          {t('seeds.band', { n: lab.seedsInUse })}
        </p>
      )}
      {runs.flatMap((r, i) =>
        (lab.spread[r.id]?.diverged ?? []).map((d, seed) =>
          d ? (
            <p key={`${r.id}.${seed}`} className="charts-diverged" data-testid={`curves-seed-diverged-${r.id}-${seed}`}>
              {t('seeds.diverged', { run: labels[i], seed: seed + 1, step: d.step })}
            </p>
          ) : null,
        ),
      )}
      {divergences.map((d, i) =>
        d ? (
          <p key={runs[i].id} className="charts-diverged" data-testid={`curves-diverged-${runs[i].id}`}>
            {labels[i]}: {divergenceText(t, d)}
          </p>
        ) : null,
      )}
      {width > 0 && runs.length > 0 && (
        <div
          className="charts-curves-plot"
          tabIndex={0}
          role="group"
          aria-label={t('charts.curves.chartLabel', { metric: metricName })}
          aria-describedby={readoutId}
          onKeyDown={cursor.onKeyDown}
          data-testid="curves-plot"
        >
          <CurvesChart
            series={series}
            metric={metric}
            xDomain={xDomain}
            yDomain={yDomain}
            steps={steps}
            width={width}
            height={height}
            fontPx={fontPx}
            cursorStep={shown}
            onHover={setHover}
            formatY={formatY}
            bestLabel={(run, step) => t('charts.curves.bestLabel', { run, step })}
            xTitle={t(race ? 'charts.seconds' : 'charts.step')}
            xOf={xOf}
            formatX={race ? formatSeconds : undefined}
            lines={
              <PacedCurvesLines
                box={ref}
                metric={metric}
                width={width}
                height={height}
                fontPx={fontPx}
                formatY={formatY}
                stepTitle={t('charts.step')}
                secondsTitle={t('charts.seconds')}
              />
            }
          />
        </div>
      )}
      {runs.length > 0 && (
        <CurvesReadout
          id={readoutId}
          step={readoutStep}
          runs={withLabels}
          formatPct={pct}
          live={shown !== null}
          compact={width > 0 && width < fontPx * 24}
          latestEach={race && shown === null}
          texts={{
            caption:
              readoutStep === null
                ? t('charts.noData')
                : race && shown === null
                  ? t('charts.curves.readoutLatestEach')
                  : t(shown === null ? 'charts.curves.readoutLatest' : 'charts.curves.readout', { step: readoutStep }),
            run: t('run'),
            loss: t('charts.curves.loss'),
            acc: t('charts.curves.acc'),
            train: t('charts.curves.train'),
            val: t('charts.curves.valShort'),
          }}
        />
      )}
      <figcaption>
        {t('charts.curves.caption')}
        <ul className="charts-sr-only">
          {withLabels.map((s) => {
            const text = curvesSummary(t, s.label, s.points, pct);
            return text ? <li key={s.id}>{text}</li> : null;
          })}
        </ul>
      </figcaption>
    </figure>
    </InSight>
  );
}
