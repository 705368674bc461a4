import type { HistoryPoint, RunInfo } from '../../../protocol.ts';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The curves and per-layer gradient norms as CSV: a header, then one row per recorded step per run
 * (runId, label, step, epoch, trainLoss, valLoss, trainAcc, valAcc, grad_L1 … grad_Ln, first hidden → output).
 * Over several seeds (`members`: per run, every seed's history) a `seed` column follows the label: each seed's
 * rows (0 … S − 1), then the run's median rows (seed "median").
 */
export function historyCsv(
  runs: readonly Pick<RunInfo, 'id' | 'label'>[],
  history: Record<string, readonly HistoryPoint[]>,
  members: Record<string, readonly (readonly HistoryPoint[])[]> = {},
): string {
  const seeded = runs.some((r) => (members[r.id]?.length ?? 0) > 1);
  const series = (id: string): [string | null, readonly HistoryPoint[]][] =>
    seeded ? [...(members[id] ?? []).map((h, s): [string, readonly HistoryPoint[]] => [String(s), h]), ['median', history[id] ?? []]] : [[null, history[id] ?? []]];
  let layers = 0;
  for (const r of runs) for (const [, points] of series(r.id)) for (const p of points) layers = Math.max(layers, p.layers.length);
  const header = ['runId', 'label', ...(seeded ? ['seed'] : []), 'step', 'epoch', 'trainLoss', 'valLoss', 'trainAcc', 'valAcc'];
  for (let l = 1; l <= layers; l++) header.push(`grad_L${l}`);
  const lines = [header.join(',')];
  for (const r of runs) {
    for (const [seed, points] of series(r.id)) {
      for (const p of points) {
        const row: (string | number)[] = [r.id, r.label, ...(seed === null ? [] : [seed]), p.step, p.epoch, p.trainLoss, p.valLoss, p.trainAcc, p.valAcc];
        for (let l = 0; l < layers; l++) row.push(l < p.layers.length ? p.layers[l].gradNorm : '');
        lines.push(row.map(csvField).join(','));
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
