import type { ReactNode } from 'react';
import type { Divergence, HistoryPoint, LayerStats } from '../../protocol.ts';
import { GradientBrowser } from './GradientBrowser.tsx';
import { GradientChart } from './GradientChart.tsx';
import { GradientHeatmap } from './GradientHeatmap.tsx';
import { gradRatio } from '../ui/gradRatio.ts';
import type { GradMetric } from './gradData.ts';
import { GradRatioReadout } from './GradRatioReadout.tsx';
import { LayerLegend } from './LayerLegend.tsx';
import { RunTitle } from '../ui/RunTitle.tsx';
import type { XOf } from '../ui/xAxis.ts';

/** Texts one run's gradient view needs, already translated (sentences with {ratio} keep the slot). */
export interface GradientRunTexts {
  ratio: string;
  ratioSingle: string;
  ratioNone: string;
  chartLabel: string;
  heatmapLabel: string;
  layers: string;
  /** Title of the x-axis (steps, or seconds in a race). */
  step: string;
  /** The divergence sentence, when the run diverged. */
  diverged?: string;
  /** Name of the keyboard-browsable chart (with its keys), the readout template and the layers as the readout names them. */
  browseLabel: string;
  browseReadout: string;
  browseLayers: readonly string[];
  metric: string;
}

/** Props of one run's part of the gradient view. */
export interface GradientRunProps {
  runId: string;
  index: number;
  label: string;
  points: readonly HistoryPoint[];
  /** The run's latest layer statistics (the store's one definition of latest). */
  latestLayers?: readonly LayerStats[];
  divergence?: Divergence;
  metric: GradMetric;
  layerNames: readonly string[];
  /** Show the layer colour key under this run (when runs differ in depth). */
  ownLegend: boolean;
  xDomain: readonly [number, number];
  /** A point's x: its step, or in a race its seconds of training. */
  xOf: XOf;
  /** Tick format of the x-axis (steps by default). */
  formatX?: (v: number) => string;
  yDomain: readonly [number, number];
  width: number;
  chartHeight: number;
  fontPx: number;
  /** Heatmap height cap in lines of text (presenter mode packs it tighter). */
  heatmapLines?: number;
  texts: GradientRunTexts;
  /** The first/last readout when the container draws it at its own pace; absent, it is made from latestLayers. */
  readout?: ReactNode;
}

/** One run: title in its colour, the first/last readout, log lines per layer and the layer × step heatmap. */
export function GradientRun(p: GradientRunProps) {
  return (
    <section className="charts-run" aria-label={p.label} data-run={p.runId}>
      <RunTitle index={p.index} label={p.label} />
      {p.readout ?? (
        <GradRatioReadout
          runId={p.runId}
          ratio={gradRatio(p.latestLayers)}
          template={p.texts.ratio}
          singleText={p.texts.ratioSingle}
          noneText={p.texts.ratioNone}
        />
      )}
      {p.texts.diverged && (
        <p className="charts-diverged" data-testid={`grad-diverged-${p.runId}`}>
          {p.texts.diverged}
        </p>
      )}
      <GradientBrowser
        runId={p.runId}
        points={p.points}
        metric={p.metric}
        layerCount={p.layerNames.length}
        xDomain={p.xDomain}
        xOf={p.xOf}
        yDomain={p.yDomain}
        width={p.width}
        height={p.chartHeight}
        fontPx={p.fontPx}
        label={p.texts.browseLabel}
        texts={{ readout: p.texts.browseReadout, layerNames: p.texts.browseLayers, metric: p.texts.metric, run: p.label }}
      >
        <GradientChart
          points={p.points}
          metric={p.metric}
          layerCount={p.layerNames.length}
          xDomain={p.xDomain}
          xOf={p.xOf}
          formatX={p.formatX}
          yDomain={p.yDomain}
          width={p.width}
          height={p.chartHeight}
          fontPx={p.fontPx}
          label={p.texts.chartLabel}
          xTitle={p.texts.step}
        />
      </GradientBrowser>
      <GradientHeatmap
        points={p.points}
        metric={p.metric}
        layerCount={p.layerNames.length}
        xDomain={p.xDomain}
        xOf={p.xOf}
        colorDomain={p.yDomain}
        width={p.width}
        fontPx={p.fontPx}
        layerNames={p.layerNames}
        label={p.texts.heatmapLabel}
        heightLines={p.heatmapLines}
      />
      {p.ownLegend && <LayerLegend names={p.layerNames} title={p.texts.layers} />}
    </section>
  );
}
