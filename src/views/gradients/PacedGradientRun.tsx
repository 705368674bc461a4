import { memo, useMemo, type RefObject } from 'react';
import { derivedOf } from '../../state/series.ts';
import { gradRatio } from '../ui/gradRatio.ts';
import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { GradRatioReadout } from './GradRatioReadout.tsx';
import { useT } from '../ui/useT.ts';
import { GradientRun } from './GradientRun.tsx';
import type { GradMetric } from './gradData.ts';
import { layerNames } from './layerColors.ts';
import { logDomain } from '../ui/logScale.ts';
import { divergenceText } from '../ui/runText.ts';
import { useGradientData } from './useGradientData.ts';
import { formatSeconds, useXAxis } from '../ui/xAxis.ts';

/** Props of one run's paced gradient view: only values that stay put while training, so the panel redrawing does not redraw it. */
export interface PacedGradientRunProps {
  runId: string;
  /** The gradient panel's element: while it is out of sight, the run redraws seldom. */
  box?: RefObject<Element | null>;
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
 * One run's first/last readout, from a snapshot of its own at text pace: the run's lines and heatmap redraw on
 * every frame the clock gives them without touching text, so those frames need no layout or paint.
 */
const PacedRatio = memo(function PacedRatio({ runId, box }: { runId: string; box?: RefObject<Element | null> }) {
  const t = useT();
  const lab = useFrame(TEXT_MS, box);
  return (
    <GradRatioReadout
      runId={runId}
      ratio={gradRatio(derivedOf(lab, runId).layers)}
      template={t('charts.grad.ratio')}
      singleText={t('charts.grad.ratioSingle')}
      noneText={t('charts.grad.ratioNone')}
    />
  );
});

/**
 * One run of the gradient view, fed from its own paced snapshot: with many runs they redraw in turns
 * (one or two a frame) instead of all in one long task. Scales are shared: each run computes the same
 * log domain and step range from every run's history.
 */
export const PacedGradientRun = memo(function PacedGradientRun(p: PacedGradientRunProps) {
  const t = useT();
  const { lab, series, derived } = useGradientData(p.box);
  const runs = lab.runs;
  const yDomain = useMemo(() => logDomain(lab.gradExtent[p.metric]), [lab.gradExtent, p.metric]);
  // Steps in lock-step; in a race, seconds of training, as on the curves.
  const xAxis = useXAxis(lab, series);
  const index = runs.findIndex((r) => r.id === p.runId);
  const run = runs[index];
  const names = useMemo(() => (run ? layerNames(run.layerSizes.length - 1, t('charts.grad.output')) : []), [run, t]);
  if (!run) return null;
  const l = lab.live[p.runId];
  const metricName = t(`charts.grad.metric.${p.metric}`);
  const chartLabel = t('charts.grad.chartLabel', { run: p.label, metric: metricName });
  const browseLayers = names.map((_, j) => (j === names.length - 1 ? t('browse.grad.output') : t('browse.grad.layer', { n: j + 1 })));
  return (
    <GradientRun
      runId={p.runId}
      index={p.index}
      label={p.label}
      points={series[index]}
      latestLayers={derived[index].layers}
      metric={p.metric}
      layerNames={names}
      ownLegend={p.ownLegend}
      xDomain={xAxis.domain}
      xOf={xAxis.xOf}
      formatX={xAxis.race ? formatSeconds : undefined}
      yDomain={yDomain}
      width={p.width}
      chartHeight={p.chartHeight}
      fontPx={p.fontPx}
      heatmapLines={p.heatmapLines}
      readout={<PacedRatio runId={p.runId} box={p.box} />}
      texts={{
        ratio: t('charts.grad.ratio'),
        ratioSingle: t('charts.grad.ratioSingle'),
        ratioNone: t('charts.grad.ratioNone'),
        chartLabel,
        browseLabel: t('browse.grad.label', { chart: chartLabel }),
        browseReadout: t('browse.grad.readout'),
        browseLayers,
        metric: metricName,
        heatmapLabel: t('charts.grad.heatmapLabel', { run: p.label, metric: metricName }),
        layers: t('charts.grad.layers'),
        step: t(xAxis.race ? 'charts.seconds' : 'charts.step'),
        diverged: l?.status === 'diverged' && l.divergence ? divergenceText(t, l.divergence) : undefined,
      }}
    />
  );
});
