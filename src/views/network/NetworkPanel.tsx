import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { untraceable } from '../../state/backprop.ts';
import { useLab } from '../../state/store.ts';
import { Radio } from '../ui/Choice.tsx';
import { RunSwatch } from '../ui/RunSwatch.tsx';
import { useSize } from '../ui/useSize.ts';
import { useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { edgeMagnitude, edgeStyle, type EdgeMode } from './edgeScale.ts';
import { EdgeLegend } from './EdgeLegend.tsx';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { networkSummary } from './summary.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

/** The step-through, loaded when first opened (with the engine it traces on), so other pages do not carry it. */
const BackpropStepper = lazy(() => import('./backprop/BackpropStepper.tsx').then((m) => ({ default: m.BackpropStepper })));

/** The lesson that opens with the step-through shown. */
const STEP_THROUGH_LESSON = 'backprop';

/**
 * The network of one run (switchable), edges by weight or gradient size, dropped units greyed, with a text
 * summary; for a small net, a step-through of one training step with every number (open in the backprop lesson).
 */
export function NetworkPanel() {
  const t = useT();
  const [box, size] = useSize<HTMLDivElement>();
  const lab = useFrame(100, box);
  const runs = lab.runs;
  const [chosen, setChosen] = useState('A');
  const [mode, setMode] = useState<EdgeMode>('gradient');
  // Radio group names of this panel (unique on a page that shows it twice).
  const groupName = `network-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const index = Math.max(0, runs.findIndex((r) => r.id === chosen));
  const run = runs[index];
  const live = run ? lab.live[run.id] : undefined;
  const lessonId = useLab((s) => s.lessonId);
  const [stepChoice, setStepChoice] = useState<{ lesson: string; open: boolean } | null>(null);
  const stepOpen = stepChoice?.lesson === lessonId ? stepChoice.open : lessonId === STEP_THROUGH_LESSON;
  const runConfig = run?.config ?? null;
  const canStep = runConfig !== null && (lessonId === STEP_THROUGH_LESSON || untraceable(runConfig) === null);
  const stepping = canStep && stepOpen;
  // Every run's bundle magnitudes, so A and B share one scale.
  const style = useMemo(
    () =>
      edgeStyle(
        runs.flatMap((r) => (lab.live[r.id]?.layers ?? []).map((st, l) => edgeMagnitude(st, mode, r.layerSizes[l], r.layerSizes[l + 1]))),
      ),
    [runs, lab.live, mode],
  );
  const width = size.width || 480;
  const rem = useMemo(() => (width > 0 ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 : 16), [width]);
  const height = Math.round(Math.max(12.5 * rem, Math.min(width * 0.5, 26 * rem)));
  const stepHeight = Math.round(Math.max(12 * rem, Math.min(width * 0.42, 18 * rem)));
  const names = useMemo(
    () => (run ? run.layerSizes.map((_, l) => (l === 0 ? t('views.network.in') : l === run.layerSizes.length - 1 ? t('views.network.out') : `H${l}`)) : []),
    [run, t],
  );
  return (
    <section className="panel network-panel" data-view="network" aria-labelledby="network-title">
      <div className="panel-head">
        <h2 id="network-title">{t('views.network.title')}<FocusCue view="network" /></h2>
        <div className="panel-options">
          {runs.length > 1 && (
            <div role="radiogroup" aria-label={t('views.network.run')} className="segmented">
              {runs.map((r, i) => (
                <label key={r.id} className={r.id === run?.id ? 'on' : ''}>
                  <Radio name={`${groupName}-run`} value={r.id} checked={r.id === run?.id} onPick={setChosen} />
                  <RunSwatch index={i} /> {r.id}
                </label>
              ))}
            </div>
          )}
          {canStep && (
            <button type="button" aria-pressed={stepping} onClick={() => setStepChoice({ lesson: lessonId, open: !stepping })} data-testid="backprop-toggle">
              {t('backprop.toggle')}
            </button>
          )}
          {!stepping && (
            <div role="radiogroup" aria-label={t('views.network.colourBy')} className="segmented">
              {(['gradient', 'weight'] as const).map((m) => (
                <label key={m} className={m === mode ? 'on' : ''}>
                  <Radio name={`${groupName}-mode`} value={m} checked={m === mode} onPick={setMode} />
                  {t(m === 'weight' ? 'views.network.byWeight' : 'views.network.byGrad')}
                </label>
              ))}
            </div>
          )}
        </div>
      </div>
      <div ref={box} className="network-body">
        {stepping && run && runConfig ? (
          <Suspense fallback={<p className="backprop-note">{t('backprop.loading')}</p>}>
            <BackpropStepper runId={run.id} config={runConfig} width={width} height={stepHeight} rem={rem} />
          </Suspense>
        ) : (
          <figure className="network-figure" data-run={run?.id}>
            <div className="network-box">
              {run && (
                <NetworkDiagram
                  inputSide={run.config.dataset === 'digits' ? 8 : 0}
                  layerSizes={run.layerSizes}
                  stats={live?.layers}
                  masks={live?.masks}
                  mode={mode}
                  style={style}
                  width={width}
                  height={height}
                  columnNames={names}
                  rem={rem}
                />
              )}
            </div>
            <EdgeLegend style={style} mode={mode} />
            <figcaption>{run ? networkSummary(t, run, live, mode) : ''}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}
