/**
 * Training a comparison over several seeds: with seeds = S each run of the comparison trains S networks
 * ("members"), seed s of every run drawing its initialisation, batch order and dropout streams from
 * (base seed, s) alike, on the same data. Member 0 is the run itself (its id, today's numbers); member s ≥ 1
 * has the id `<run>.<s>`. The pool spreads members over its workers; the page's merge groups them by run.
 */
import type { RunSpec } from './protocol.ts';
import { layerSizesOf, paramCount } from './netShape.ts';
import type { LabConfig } from './protocol.ts';
import { HISTORY_CAP } from './history.ts';

/** Fewest and most seeds a comparison trains. */
export const MIN_SEEDS = 1;
export const MAX_SEEDS = 20;

/** Id of seed s of run `runId` (seed 0 is the run's own id). */
export function memberId(runId: string, s: number): string {
  return s === 0 ? runId : `${runId}.${s}`;
}

/** The run a member id belongs to ('A.3' → 'A', 'A' → 'A'). */
export function runIdOf(member: string): string {
  const dot = member.indexOf('.');
  return dot < 0 ? member : member.slice(0, dot);
}

/** The seed index of a member id ('A.3' → 3, 'A' → 0). */
export function seedIndexOf(member: string): number {
  const dot = member.indexOf('.');
  return dot < 0 ? 0 : Number(member.slice(dot + 1));
}

/** Every member of a comparison over `seeds` seeds: each run's seed 0 (the spec itself), 1, …, S − 1, run by run. */
export function memberSpecs(specs: readonly RunSpec[], seeds: number): RunSpec[] {
  const out: RunSpec[] = [];
  for (const spec of specs) {
    for (let s = 0; s < seeds; s++) out.push(s === 0 ? spec : { ...spec, id: memberId(spec.id, s), seedIndex: s });
  }
  return out;
}

/** Bytes a history point holds per layer (nine statistics as JS numbers and the object around them), and per point. */
const BYTES_PER_LAYER_POINT = 9 * 8 + 64;
const BYTES_PER_POINT = 8 * 8 + 96;

/**
 * A generous estimate of the memory one network of `config` takes, in bytes: its parameters with their
 * gradients and optimiser state (float32, ×5), the activations of a batch and of evaluating the data
 * (float32, ×3 per unit), and a full history (HISTORY_CAP points of per-layer statistics).
 */
export function memberBytes(config: LabConfig, classes = 2): number {
  const sizes = layerSizesOf(config, classes);
  const params = paramCount(sizes, config.batchNorm);
  const units = sizes.reduce((a, b) => a + b, 0);
  const rows = Math.max(config.batchSize, config.trainSize + 500);
  const history = HISTORY_CAP * (BYTES_PER_POINT + (sizes.length - 1) * BYTES_PER_LAYER_POINT);
  return 4 * (5 * params + 3 * units * Math.min(rows, 1024)) + history;
}

/** Memory all the members of a comparison may take together (a cheap laptop's tab has ~1 GB to spare). */
export const MEMBER_BUDGET_BYTES = 512 * 2 ** 20;

/** The most seeds (≤ wanted, ≥ 1) whose members fit in MEMBER_BUDGET_BYTES. */
export function seedsThatFit(configs: readonly LabConfig[], wanted: number): number {
  const perSeed = configs.reduce((sum, c) => sum + memberBytes(c), 0);
  const fit = perSeed > 0 ? Math.floor(MEMBER_BUDGET_BYTES / perSeed) : wanted;
  return Math.max(MIN_SEEDS, Math.min(wanted, fit));
}
