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
  /** Seeds the runs trained over, and per run every seed's history (empty with one seed). */
  seedsInUse?: number;
  members?: Record<string, readonly (readonly HistoryPoint[])[]>;
}

/**
 * Configuration (+ the query string that reproduces it) and history of every run, as pretty JSON. Over several
 * seeds a run's `history` is its median, and `seeds` holds every seed's own history (index = seed).
 */
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
    ...(s.seedsInUse && s.seedsInUse > 1 ? { seeds: s.seedsInUse } : {}),
    runs: s.runs.map((r) => ({
      id: r.id,
      label: r.label,
      layerSizes: r.layerSizes,
      config: specs.find((p) => p.id === r.id)?.config ?? s.config,
      history: s.history[r.id] ?? [],
      ...((s.members?.[r.id]?.length ?? 0) > 1 ? { seeds: s.members![r.id] } : {}),
    })),
  };
  return JSON.stringify(doc, null, 2);
}
