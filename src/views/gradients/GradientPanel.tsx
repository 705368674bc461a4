import '../ui/charts.css';
import { useId, useMemo, useState } from 'react';
import { useT } from '../ui/useT.ts';
import { columnsFor } from '../ui/chartLayout.ts';
import { ColorLegend } from './ColorLegend.tsx';
import { gradSummary } from './gradSummary.ts';
import { PacedGradientRun } from './PacedGradientRun.tsx';
import type { GradMetric } from './gradData.ts';
import { LayerLegend } from './LayerLegend.tsx';
import { layerNames } from './layerColors.ts';
import { logDomain } from '../ui/logScale.ts';
import { runLabels } from '../ui/runText.ts';
import { SegmentedSwitch } from '../ui/SegmentedSwitch.tsx';
import { useSize } from '../ui/useSize.ts';
import { useGradientData } from './useGradientData.ts';
import { TEXT_MS } from '../ui/useFrame.ts';
import { viewLayout } from '../ui/viewLayout.ts';
import { InSight, useInSight } from '../ui/inSight.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

/** Per-layer gradient norms of every run side by side (log lines + heatmap + first/last readout), with a ‖∂L/∂W‖ / ‖∂L/∂z‖ switch. */
export function GradientPanel() {
  const t = useT();
  // The panel draws the shared colour key and the screen-reader summaries, at text pace; each run's charts
  // redraw from their own paced snapshot (PacedGradientRun), so with many runs they take turns.
  const [ref, { width, fontPx }] = useSize<HTMLElement>();
  const { lab, derived } = useGradientData(ref, TEXT_MS);
  const runs = lab.runs;
  const comparison = lab.comparison;
  const [metric, setMetric] = useState<GradMetric>('gradNorm');
  const headingId = useId();
  const inSight = useInSight(ref);

  const yDomain = useMemo(() => logDomain(lab.gradExtent[metric]), [lab.gradExtent, metric]);
  const labels = runLabels(t, comparison, runs);
  const names = runs.map((r) => layerNames(r.layerSizes.length - 1, t('charts.grad.output')));
  const shared = names.every((n) => n.length === names[0].length);
  const metricName = t(`charts.grad.metric.${metric}`);

  const gap = Math.round(fontPx * 1.25);
  const layout = viewLayout(lab.present, runs.length).gradients;
  const cols = columnsFor(runs.length, width, fontPx * layout.columnEm);
  const colWidth = Math.floor((width - gap * (cols - 1)) / cols);
  const chartHeight = layout.chartHeight(colWidth, fontPx);
  const ready = width > 0 && runs.length > 0;

  return (
    <figure ref={ref} className="charts-panel charts-grad-panel" aria-labelledby={headingId}>
      <div className="charts-head">
        <h2 id={headingId}>{t('charts.grad.title')}<FocusCue view="gradients" /></h2>
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
      {runs.length > 0 && lab.seedsInUse > 1 && (
        <p className="charts-muted" data-testid="gradients-seeds">{t('seeds.gradMedian', { n: lab.seedsInUse })}</p>
      )}
      {ready && shared && <LayerLegend names={names[0]} title={t('charts.grad.layers')} />}
      {ready && (
        <InSight value={inSight}>
        <div className="charts-multiples" style={{ gridTemplateColumns: `repeat(${cols}, ${colWidth}px)`, columnGap: gap }}>
          {runs.map((r, i) => (
            <PacedGradientRun
              key={r.id}
              runId={r.id}
              box={ref}
              index={i}
              label={labels[i]}
              metric={metric}
              ownLegend={!shared}
              width={colWidth}
              chartHeight={chartHeight}
              fontPx={fontPx}
              heatmapLines={layout.heatmapLines}
            />
          ))}
        </div>
        </InSight>
      )}
      {ready && <ColorLegend domain={yDomain} width={width} fontPx={fontPx} label={t('charts.grad.colorLegend', { metric: metricName })} />}
      <figcaption>
        {t('charts.grad.caption')}
        <ul className="charts-sr-only">
          {runs.map((r, i) => {
            const text = gradSummary(t, labels[i], derived[i], metric);
            return text ? <li key={r.id}>{text}</li> : null;
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
