import { memo, useDeferredValue, useMemo } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { usePacedLab } from '../usePacedLab.ts';
import { useT } from '../useT.ts';
import { GradientRun } from './GradientRun.tsx';
import { metricExtent, stepDomain, type GradMetric } from './gradData.ts';
import { layerNames } from './layerColors.ts';
import { logDomain } from './logScale.ts';
import { divergenceText } from './runText.ts';
import { useThrottled } from './useThrottled.ts';

const EMPTY: readonly HistoryPoint[] = [];

/** Points (runs × layers × recorded steps) above which the gradient lines update at 10 Hz. */
export const HEAVY_LINE_POINTS = 12_000;

/** Props of one run's paced gradient view: only values that stay put while training, so the panel redrawing does not redraw it. */
export interface PacedGradientRunProps {
  runId: string;
  index: number;
  label: string;
  metric: GradMetric;
  ownLegend: boolean;
  width: number;
  chartHeight: number;
  fontPx: number;
  heatmapLines?: number;
}

/**
 * One run of the gradient view, fed from its own paced snapshot: with many runs they redraw in turns
 * (one or two a frame) instead of all in one long task. Scales are shared: each run computes the same
 * log domain and step range from every run's history.
 */
export const PacedGradientRun = memo(function PacedGradientRun(p: PacedGradientRunProps) {
  const t = useT();
  const lab = usePacedLab();
  const runs = lab.runs;
  // Deferred: the chart re-renders at transition priority, in slices, never blocking input.
  const latest = useDeferredValue(lab.history);
  // Many long lines (8 runs × 21 layers) redraw at 10 Hz instead of every frame, to keep frames short.
  const lines = runs.reduce((n, r) => n + r.layerSizes.length * (latest[r.id]?.length ?? 0), 0);
  const history = useThrottled(latest, lines > HEAVY_LINE_POINTS ? 100 : 0);
  const live = useDeferredValue(lab.live);
  const series = useMemo(() => runs.map((r) => history[r.id] ?? EMPTY), [runs, history]);
  const yDomain = useMemo(() => logDomain(metricExtent(series, p.metric)), [series, p.metric]);
  const xDomain = useMemo(() => stepDomain(series), [series]);
  const run = runs.find((r) => r.id === p.runId);
  const names = useMemo(() => (run ? layerNames(run.layerSizes.length - 1, t('charts.grad.output')) : []), [run, t]);
  if (!run) return null;
  const l = live[p.runId];
  const metricName = t(`charts.grad.metric.${p.metric}`);
  return (
    <GradientRun
      runId={p.runId}
      index={p.index}
      label={p.label}
      points={history[p.runId] ?? EMPTY}
      liveLayers={l?.layers}
      metric={p.metric}
      layerNames={names}
      ownLegend={p.ownLegend}
      xDomain={xDomain}
      yDomain={yDomain}
      width={p.width}
      chartHeight={p.chartHeight}
      fontPx={p.fontPx}
      heatmapLines={p.heatmapLines}
      texts={{
        ratio: t('charts.grad.ratio'),
        ratioSingle: t('charts.grad.ratioSingle'),
        ratioNone: t('charts.grad.ratioNone'),
        chartLabel: t('charts.grad.chartLabel', { run: p.label, metric: metricName }),
        heatmapLabel: t('charts.grad.heatmapLabel', { run: p.label, metric: metricName }),
        layers: t('charts.grad.layers'),
        step: t('charts.step'),
        diverged: l?.status === 'diverged' && l.divergence ? divergenceText(t, l.divergence) : undefined,
      }}
    />
  );
});
