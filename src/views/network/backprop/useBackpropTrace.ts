import { useEffect, useState } from 'react';
import type { LabConfig } from '../../../protocol.ts';
import { traceRun, type BackpropTrace } from '../../../state/backprop.ts';

/** The traced step of a run's configuration: loading, its trace, or the engine's message. */
export type TraceState =
  | { status: 'loading' }
  | { status: 'ready'; trace: BackpropTrace }
  | { status: 'failed'; error: string };

/** Traces one step of `config` (null: nothing to trace) and keeps the newest answer. */
export function useBackpropTrace(config: LabConfig | null): TraceState {
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
