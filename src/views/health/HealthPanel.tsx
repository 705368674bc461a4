import '../ui/charts.css';
import { useId, useMemo } from 'react';
import { derivedOf } from '../../state/series.ts';
import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { formatPercent } from '../ui/percent.ts';
import { columnsFor } from '../ui/chartLayout.ts';
import { HealthChart } from './HealthChart.tsx';
import { healthKind, hiddenLayers, spreadMax } from '../ui/layerHealth.ts';
import { healthLayerLines, healthWorstLine } from './healthSummary.ts';
import { RunTitle } from '../ui/RunTitle.tsx';
import { runLabels } from '../ui/runText.ts';
import { useSize } from '../ui/useSize.ts';
import { viewLayout } from '../ui/viewLayout.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

/** Row height (lines of text) of the health bars in presenter mode: about nine lines per run, fewer for deep nets. */

/** Latest saturated (sigmoid/tanh) or dead (ReLU) share and activation spread of each hidden layer, one small chart per run. */
export function HealthPanel() {
  const t = useT();
  // Per-batch statistics jitter every step: 4 updates a second are readable, 60 are a blur.
  const [ref, { width, fontPx }] = useSize<HTMLElement>();
  const lab = useFrame(TEXT_MS, ref);
  const runs = lab.runs;
  const comparison = lab.comparison;
  const headingId = useId();

  const labels = runLabels(t, comparison, runs);
  const layersByRun = useMemo(
    () => runs.map((r) => hiddenLayers(derivedOf(lab, r.id).layers)),
    [runs, lab.derived],
  );
  const kinds = runs.map((r) => healthKind(r.config.activation));
  const top = useMemo(() => spreadMax(layersByRun), [layersByRun]);
  const pct = (v: number) => formatPercent(t, v);

  const gap = Math.round(fontPx * 1.25);
  const layout = viewLayout(lab.present, runs.length);
  const cols = columnsFor(runs.length, width, fontPx * layout.health.columnEm);
  const colWidth = Math.floor((width - gap * (cols - 1)) / cols);
  const hasData = layersByRun.some((l) => l.length > 0);

  return (
    // In presenter mode many runs can overflow the box, which then scrolls: focusable, so the keyboard can scroll it too.
    <figure ref={ref} className="charts-panel charts-health-panel" aria-labelledby={headingId} tabIndex={layout.boxTabIndex}>
      <div className="charts-head">
        <h2 id={headingId}>{t('charts.health.title')}<FocusCue view="health" /></h2>
      </div>
      {!hasData && <p className="charts-muted">{t('charts.noData')}</p>}
      {width > 0 && hasData && (
        <div className="charts-multiples" style={{ gridTemplateColumns: `repeat(${cols}, ${colWidth}px)`, columnGap: gap }}>
          {runs.map((r, i) => {
            const kind = kinds[i];
            const share = t(kind === 'saturated' ? 'charts.health.saturated' : kind === 'dead' ? 'charts.health.dead' : 'charts.health.shareNone');
            return (
              <section key={r.id} className="charts-run" aria-label={labels[i]} data-run={r.id}>
                <RunTitle index={i} label={labels[i]} />
                <HealthChart
                  layers={layersByRun[i]}
                  kind={kind}
                  spreadMax={top}
                  runIndex={i}
                  width={colWidth}
                  fontPx={fontPx}
                  formatPct={pct}
                  rowLines={layout.health.rowLines(layersByRun[i].length)}
                  texts={{ share, spread: t('charts.health.spread'), label: t('charts.health.chartLabel', { run: labels[i], share }) }}
                />
                <p className="charts-health-worst" data-testid={`health-worst-${r.id}`}>
                  {healthWorstLine(t, layersByRun[i], kind, pct)}
                </p>
              </section>
            );
          })}
        </div>
      )}
      <figcaption>
        {t('charts.health.caption')}
        <ul className="charts-sr-only">
          {runs.map((r, i) => (
            <li key={r.id}>
              {labels[i]}: {healthLayerLines(t, layersByRun[i], kinds[i], pct).join('; ')}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
