import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { usePacedLab } from '../usePacedLab.ts';
import { useT } from '../useT.ts';
import { clamp, columnsFor } from './chartLayout.ts';
import { ColorLegend } from './ColorLegend.tsx';
import { gradSummary } from './gradSummary.ts';
import { GradientRun } from './GradientRun.tsx';
import { metricExtent, stepDomain, type GradMetric } from './gradData.ts';
import { LayerLegend } from './LayerLegend.tsx';
import { layerNames } from './layerColors.ts';
import { logDomain } from './logScale.ts';
import { divergenceText, runLabels } from './runText.ts';
import { SegmentedSwitch } from './SegmentedSwitch.tsx';
import { useSize } from './useSize.ts';
import { useThrottled } from './useThrottled.ts';

const EMPTY: readonly HistoryPoint[] = [];

/** Points (runs × layers × recorded steps) above which the gradient lines update at 10 Hz. */
const HEAVY_LINE_POINTS = 12_000;

/** Per-layer gradient norms of every run side by side (log lines + heatmap + first/last readout), with a ‖∂L/∂W‖ / ‖∂L/∂z‖ switch. */
export function GradientPanel() {
  const t = useT();
  const lab = usePacedLab();
  const runs = lab.runs;
  // Deferred: the charts re-render at transition priority, in slices, never blocking input.
  const latest = useDeferredValue(lab.history);
  // Many long lines (8 runs × 21 layers) redraw at 10 Hz instead of every frame, to keep frames short.
  const lines = runs.reduce((n, r) => n + r.layerSizes.length * (latest[r.id]?.length ?? 0), 0);
  const history = useThrottled(latest, lines > HEAVY_LINE_POINTS ? 100 : 0);
  const live = useDeferredValue(lab.live);
  const comparison = lab.comparison;
  const [metric, setMetric] = useState<GradMetric>('gradNorm');
  const [ref, { width, fontPx }] = useSize<HTMLElement>();
  const headingId = useId();

  const series = useMemo(() => runs.map((r) => history[r.id] ?? EMPTY), [runs, history]);
  const yDomain = useMemo(() => logDomain(metricExtent(series, metric)), [series, metric]);
  const xDomain = useMemo(() => stepDomain(series), [series]);
  const labels = runLabels(t, comparison, runs);
  const names = runs.map((r) => layerNames(r.layerSizes.length - 1, t('charts.grad.output')));
  const shared = names.every((n) => n.length === names[0].length);
  const metricName = t(`charts.grad.metric.${metric}`);

  const gap = Math.round(fontPx * 1.25);
  // Two runs get roomy charts; a sweep of more packs them smaller so more fit side by side.
  const cols = columnsFor(runs.length, width, fontPx * (runs.length > 2 ? 14 : 20));
  const colWidth = Math.floor((width - gap * (cols - 1)) / cols);
  // Presenter mode fits every view on one screen, so its charts are flatter.
  const chartHeight = lab.present
    ? Math.round(clamp(colWidth * 0.34, fontPx * 6, fontPx * 9))
    : Math.round(clamp(colWidth * 0.5, fontPx * (runs.length > 2 ? 8 : 10), fontPx * 18));
  const ready = width > 0 && runs.length > 0;

  return (
    <figure ref={ref} className="charts-panel charts-grad-panel" aria-labelledby={headingId}>
      <div className="charts-head">
        <h2 id={headingId}>{t('charts.grad.title')}</h2>
        <SegmentedSwitch<GradMetric>
          legend={t('charts.grad.show')}
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'gradNorm', label: t('charts.grad.metric.gradNorm') },
            { value: 'deltaNorm', label: t('charts.grad.metric.deltaNorm') },
          ]}
        />
      </div>
      {runs.length === 0 && <p className="charts-muted">{t('charts.noData')}</p>}
      {ready && shared && <LayerLegend names={names[0]} title={t('charts.grad.layers')} />}
      {ready && (
        <div className="charts-multiples" style={{ gridTemplateColumns: `repeat(${cols}, ${colWidth}px)`, columnGap: gap }}>
          {runs.map((r, i) => {
            const l = live[r.id];
            return (
              <GradientRun
                key={r.id}
                runId={r.id}
                index={i}
                label={labels[i]}
                points={series[i]}
                liveLayers={l?.layers}
                metric={metric}
                layerNames={names[i]}
                ownLegend={!shared}
                xDomain={xDomain}
                yDomain={yDomain}
                width={colWidth}
                chartHeight={chartHeight}
                fontPx={fontPx}
                heatmapLines={lab.present ? 6 : undefined}
                texts={{
                  ratio: t('charts.grad.ratio'),
                  ratioSingle: t('charts.grad.ratioSingle'),
                  ratioNone: t('charts.grad.ratioNone'),
                  chartLabel: t('charts.grad.chartLabel', { run: labels[i], metric: metricName }),
                  heatmapLabel: t('charts.grad.heatmapLabel', { run: labels[i], metric: metricName }),
                  layers: t('charts.grad.layers'),
                  step: t('charts.step'),
                  diverged: l?.status === 'diverged' && l.divergence ? divergenceText(t, l.divergence) : undefined,
                }}
              />
            );
          })}
        </div>
      )}
      {ready && <ColorLegend domain={yDomain} width={width} fontPx={fontPx} label={t('charts.grad.colorLegend', { metric: metricName })} />}
      <figcaption>
        {t('charts.grad.caption')}
        <ul className="charts-sr-only">
          {runs.map((r, i) => {
            const text = gradSummary(t, labels[i], series[i], live[r.id]?.layers, metric);
            return text ? <li key={r.id}>{text}</li> : null;
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
