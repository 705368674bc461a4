import { useEffect, useState } from 'react';
import type { LabConfig } from '../../../protocol.ts';
import { traceRun, type BackpropTrace } from '../../../state/backprop.ts';

/** The traced step of a run's configuration: loading, its trace, or the engine's message. */
export type TraceState =
  | { status: 'loading' }
  | { status: 'ready'; trace: BackpropTrace }
  | { status: 'failed'; error: string };

/** Traces one step of `config` (null: nothing to trace) and keeps the newest answer. */
export function useBackpropTrace(next: LabConfig | null): TraceState {
  // By value: the worker answers every (re)configure with new run objects, and the same settings must not trace
  // again (the step-through would flash "tracing" and fall back to its first phase under a person stepping it).
  const key = next ? JSON.stringify(next) : null;
  const [config, setConfig] = useState(next);
  if (key !== (config ? JSON.stringify(config) : null)) setConfig(next);
  const [state, setState] = useState<{ of: LabConfig | null; value: TraceState }>({ of: null, value: { status: 'loading' } });
  useEffect(() => {
    if (!config) return;
    let live = true;
    traceRun(config).then(
      (trace) => live && setState({ of: config, value: { status: 'ready', trace } }),
      (e: unknown) => live && setState({ of: config, value: { status: 'failed', error: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [config]);
  return state.of === config ? state.value : { status: 'loading' };
}
