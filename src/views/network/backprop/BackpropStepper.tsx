import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LabConfig } from '../../../protocol.ts';
import { TRACE_MAX_DEPTH, TRACE_MAX_WIDTH, untraceable, type BackpropTrace } from '../../../state/backprop.ts';
import { useLab } from '../../../state/store.ts';
import { takesKeys } from '../../ui/takesKeys.ts';
import { BackpropDiagram } from './BackpropDiagram.tsx';
import { num } from './numbers.ts';
import { PhaseDetail } from './PhaseDetail.tsx';
import { layerName, phasesOf } from './phases.ts';
import { phaseSummary, phaseTitle } from './texts.ts';
import { gradientShade } from './shade.ts';
import { useBackpropTrace } from './useBackpropTrace.ts';
import { useStepT, type StepT } from './useStepT.ts';
import './backprop.css';

interface Props {
  runId: string;
  config: LabConfig;
  width: number;
  height: number;
  rem: number;
}

/** The step-through of one run: a reason when its net cannot be shown with numbers, else the phases. */
export function BackpropStepper(props: Props) {
  const { runId, config } = props;
  const t = useStepT();
  const why = untraceable(config);
  const state = useBackpropTrace(why === null ? config : null);
  if (why !== null) {
    return (
      <p className="backprop-note" data-testid="backprop-note">
        {t(`backprop.${why}`, { run: runId, depth: TRACE_MAX_DEPTH, width: TRACE_MAX_WIDTH })}
      </p>
    );
  }
  if (state.status === 'loading') return <p className="backprop-note">{t('backprop.tracing')}</p>;
  if (state.status === 'failed') return <p className="backprop-note" role="alert">{t('backprop.failed', { error: state.error })}</p>;
  return <Phases {...props} t={t} trace={state.trace} />;
}

/** Next/Back through the phases of one traced step; N and B anywhere, → and ← inside the box; each phase announced politely. */
function Phases({ t, runId, config, trace, width, height, rem }: Props & { t: StepT; trace: BackpropTrace }) {
  const phases = useMemo(() => phasesOf(trace), [trace]);
  const shade = useMemo(() => gradientShade(trace.layers.flatMap((l) => l.dW.map(Math.abs))), [trace]);
  const L = trace.layers.length;
  const columnNames = [t('backprop.in'), ...trace.layers.map((_, l) => layerName(l, L, t('backprop.out')))];
  const [at, setAt] = useState(0);
  const index = Math.min(at, phases.length - 1);
  const phase = phases[index];
  const stale = useLab((s) => s.step > 0);
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const move = (d: number) => setAt((i) => Math.max(0, Math.min(phases.length - 1, Math.min(i, phases.length - 1) + d)));
  const moveRef = useRef(move);
  moveRef.current = move;
  // A new trace (another run, another setting) starts again at the forward pass.
  useEffect(() => setAt(0), [trace]);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      if (takesKeys(e.target instanceof Element ? e.target : null)) return;
      const k = e.key.toLowerCase();
      if (k !== 'n' && k !== 'b') return;
      e.preventDefault();
      moveRef.current(k === 'n' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const onBoxKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    if (takesKeys(e.target instanceof Element ? e.target : null)) return;
    // Inside the step-through the arrows move through phases, not lessons.
    e.preventDefault();
    move(e.key === 'ArrowRight' ? 1 : -1);
  };
  // A wide box (presenter mode, a large screen) puts the diagram beside the numbers.
  const wide = width >= 48 * rem;
  const drawWidth = wide ? Math.floor((width - rem) * 0.45) : width;
  const drawHeight = wide ? Math.round(Math.max(height, Math.min(drawWidth * 0.75, 24 * rem))) : height;
  const example = t('backprop.example', { run: runId, x: trace.x.map((v) => num(v)).join(', '), y: num(trace.y[0]), lr: num(trace.learningRate) });
  return (
    <div ref={box} className="backprop" role="group" aria-labelledby={headingId} tabIndex={-1} onKeyDown={onBoxKey} data-testid="backprop" data-phase-index={index}>
      <p className="backprop-example">{example}</p>
      <div className="backprop-nav">
        <button type="button" onClick={() => move(-1)} disabled={index === 0} data-testid="backprop-back">
          ← {t('backprop.back')}
        </button>
        <span className="backprop-count" aria-hidden="true">{t('backprop.phaseOf', { n: index + 1, total: phases.length })}</span>
        <button type="button" onClick={() => move(1)} disabled={index === phases.length - 1} data-testid="backprop-next">
          {t('backprop.next')} →
        </button>
      </div>
      <ol className="backprop-progress" aria-hidden="true">
        {phases.map((_, i) => (
          <li key={i} className={i === index ? 'now' : i < index ? 'done' : ''} />
        ))}
      </ol>
      <div className={wide ? 'backprop-body wide' : 'backprop-body'}>
      <div className="backprop-picture">
      <BackpropDiagram trace={trace} phase={phase} width={drawWidth} height={drawHeight} rem={rem} columnNames={columnNames} shade={shade} />
      {(phase.kind === 'gradients' || phase.kind === 'update' || phase.kind === 'chain') && (
        <p className="backprop-shade">
          <svg width="48" height="10" aria-hidden="true">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <rect key={i} x={i * 8} y={0} width={8} height={10} fill={shade.color(shade.domain[0] * (shade.domain[1] / shade.domain[0]) ** (i / 5))} />
            ))}
          </svg>{' '}
          {t('backprop.shade', { lo: num(shade.domain[0]), hi: num(shade.domain[1]) })}
        </p>
      )}
      </div>
      <PhaseDetail t={t} trace={trace} phase={phase} batch={config.batchSize} headingId={headingId} />
      </div>
      {stale && <p className="backprop-note">{t('backprop.stale')}</p>}
      <p className="backprop-keys">{t('backprop.keys')}</p>
      <p className="visually-hidden" aria-live="polite" data-testid="backprop-live">
        {t('backprop.announce', { n: index + 1, total: phases.length, title: phaseTitle(t, trace, phase), summary: phaseSummary(t, trace, phase) })}
      </p>
    </div>
  );
}
