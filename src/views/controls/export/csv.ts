import type { HistoryPoint, RunInfo } from '../../../protocol.ts';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The curves and per-layer gradient norms as CSV: a header, then one row per recorded step per run
 * (runId, label, step, epoch, trainLoss, valLoss, trainAcc, valAcc, grad_L1 … grad_Ln, first hidden → output).
 */
export function historyCsv(runs: readonly Pick<RunInfo, 'id' | 'label'>[], history: Record<string, readonly HistoryPoint[]>): string {
  let layers = 0;
  for (const r of runs) for (const p of history[r.id] ?? []) layers = Math.max(layers, p.layers.length);
  const header = ['runId', 'label', 'step', 'epoch', 'trainLoss', 'valLoss', 'trainAcc', 'valAcc'];
  for (let l = 1; l <= layers; l++) header.push(`grad_L${l}`);
  const lines = [header.join(',')];
  for (const r of runs) {
    for (const p of history[r.id] ?? []) {
      const row: (string | number)[] = [r.id, r.label, p.step, p.epoch, p.trainLoss, p.valLoss, p.trainAcc, p.valAcc];
      for (let l = 0; l < layers; l++) row.push(l < p.layers.length ? p.layers[l].gradNorm : '');
      lines.push(row.map(csvField).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
