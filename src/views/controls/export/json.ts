import type { HistoryPoint, LabConfig, RunInfo } from '../../../protocol.ts';
import type { Comparison } from '../../../state/lessons.ts';
import type { OwnData } from '../../../state/ownData/types.ts';
import { runSpecs } from '../../../state/runs.ts';

/** What the JSON export needs from the store. */
export interface JsonExportInput {
  lessonId: string;
  config: LabConfig;
  comparison: Comparison;
  runs: readonly RunInfo[];
  history: Record<string, readonly HistoryPoint[]>;
  step: number;
  /** The learner's own points, written whole (the link carries at most 300). */
  ownData: OwnData | null;
}

/** Configuration (+ the query string that reproduces it) and history of every run, as pretty JSON. */
export function exportJson(s: JsonExportInput, query: string, exportedAt: string): string {
  const specs = runSpecs(s.config, s.comparison);
  const doc = {
    app: 'backprop-lab',
    format: 1,
    exportedAt,
    query,
    lesson: s.lessonId,
    step: s.step,
    config: s.config,
    comparison: s.comparison,
    data: s.ownData,
    runs: s.runs.map((r) => ({
      id: r.id,
      label: r.label,
      layerSizes: r.layerSizes,
      config: specs.find((p) => p.id === r.id)?.config ?? s.config,
      history: s.history[r.id] ?? [],
    })),
  };
  return JSON.stringify(doc, null, 2);
}
