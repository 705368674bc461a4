import type { KnobKey, KnobValue, LabConfig } from '../protocol.ts';
import { KNOB_KEYS, KNOBS, parseKnob } from '../state/knobs.ts';
import { findLesson, type Comparison } from '../state/lessons.ts';
import type { LabState } from '../state/store.ts';
import { MAX_RUNS } from '../state/runs.ts';
import type { OwnData } from '../state/ownData/types.ts';
import { validateOwnData } from '../state/ownData/validate.ts';
import type { PredictionState } from '../state/predictions.ts';

/** Version of the saved-state format; a host keeps it with the state, the lab refuses other versions. */
export const STATE_VERSION = 1;
/** Most training steps a restore replays (in chunks the worker takes, ≤ 10,000 per message). */
export const MAX_REPLAY_STEPS = 200_000;

/** Everything a host page needs to put the lab back as it was (the `state` message; `setState` takes it back). */
export interface LabSnapshot {
  version: typeof STATE_VERSION;
  lesson: string;
  /** Every knob of the base configuration. */
  config: LabConfig;
  /** The compared knob and its values per run (knob null: one run); knob2/values2 the second knob of a grid (null / []: none). */
  comparison: { knob: KnobKey | null; values: KnobValue[]; knob2: KnobKey | null; values2: KnobValue[] };
  /** The learner's own data (points, classes), or null when there is none. */
  data: OwnData | null;
  /** Training steps taken when the state was saved. */
  step: number;
  /** The learner's answer to this lesson's "predict first" question (0-based; null: none yet), and whether the outcome was shown. */
  prediction: { choice: number | null; revealed: boolean };
}

type Slice = Pick<LabState, 'lessonId' | 'config' | 'comparison' | 'step' | 'ownData'>;

/** The lab's comparison for a snapshot's (a grid only when knob2 is set). */
export function snapshotComparison(c: LabSnapshot['comparison']): Comparison {
  return c.knob2 === null ? { knob: c.knob, values: c.values.slice() } : { knob: c.knob, values: c.values.slice(), knob2: c.knob2, values2: c.values2.slice() };
}

/** A lab comparison in the snapshot's form (knob2 null and values2 [] when there is no grid). */
export function comparisonOfLab(c: Comparison): LabSnapshot['comparison'] {
  return { knob: c.knob, values: c.values.slice(), knob2: c.knob2 ?? null, values2: c.knob2 ? (c.values2 ?? []).slice() : [] };
}

/** The snapshot of the lab as it is now. */
export function takeSnapshot(s: Slice, p: PredictionState): LabSnapshot {
  return {
    version: STATE_VERSION,
    lesson: s.lessonId,
    config: { ...s.config },
    comparison: comparisonOfLab(s.comparison),
    data: s.ownData,
    step: s.step,
    prediction: { choice: p.picks[s.lessonId] ?? null, revealed: p.revealed[s.lessonId] === true },
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A knob value exactly as the lab would hold it (right type, in range, on its grid), else undefined. */
function exactValue(key: KnobKey, raw: unknown): KnobValue | undefined {
  const kind = KNOBS[key].kind;
  const type = kind === 'enum' ? 'string' : kind === 'bool' ? 'boolean' : 'number';
  if (typeof raw !== type) return undefined;
  const p = parseKnob(key, String(raw));
  return p.ok && !p.adjusted && p.value === raw ? p.value : undefined;
}

/** A compared knob and its values: null with none, or a knob with 1–MAX_RUNS distinct exact values; else why not. */
function knobValues(knob: unknown, raw: unknown[], what: string): { knob: KnobKey | null; values: KnobValue[] } | string {
  if (knob === null) return raw.length === 0 ? { knob: null, values: [] } : `comparison: ${what} without a knob has no values`;
  if (typeof knob !== 'string' || !(KNOB_KEYS as string[]).includes(knob)) return `comparison: unknown knob in ${what}`;
  const k = knob as KnobKey;
  if (raw.length < 1 || raw.length > MAX_RUNS) return `comparison: ${what} needs 1–${MAX_RUNS} values`;
  const values: KnobValue[] = [];
  for (const r of raw) {
    const v = exactValue(k, r);
    if (v === undefined || values.includes(v)) return `comparison: a bad or repeated value for ${k}`;
    values.push(v);
  }
  return { knob: k, values };
}

const keysOf = (x: Record<string, unknown>) => Object.keys(x).sort().join(',');
const SNAPSHOT_KEYS = ['comparison', 'config', 'data', 'lesson', 'prediction', 'step', 'version'].join(',');

/** Reads a saved state: the snapshot, or why it cannot be used. Never throws. */
export function parseSnapshot(raw: unknown): { ok: true; snapshot: LabSnapshot } | { ok: false; reason: string } {
  const bad = (reason: string) => ({ ok: false as const, reason: `setState: ${reason}` });
  if (!isRecord(raw)) return bad('state must be an object');
  if (raw.version !== STATE_VERSION) return bad(`state version must be ${STATE_VERSION}`);
  if (keysOf(raw) !== SNAPSHOT_KEYS) return bad(`state needs exactly the fields ${SNAPSHOT_KEYS}`);
  const lesson = typeof raw.lesson === 'string' ? findLesson(raw.lesson) : undefined;
  if (!lesson || lesson.id !== raw.lesson) return bad('unknown lesson');

  if (!isRecord(raw.config) || keysOf(raw.config) !== [...KNOB_KEYS].sort().join(',')) return bad('config needs every knob, and only knobs');
  const config = {} as Record<KnobKey, KnobValue>;
  for (const key of KNOB_KEYS) {
    const v = exactValue(key, raw.config[key]);
    if (v === undefined) return bad(`config: not a valid value for ${key}`);
    config[key] = v;
  }

  const c = raw.comparison;
  if (!isRecord(c) || keysOf(c) !== 'knob,knob2,values,values2' || !Array.isArray(c.values) || !Array.isArray(c.values2)) {
    return bad('comparison must be { knob, values, knob2, values2 }');
  }
  const first = knobValues(c.knob, c.values, 'knob, values');
  if (typeof first === 'string') return bad(first);
  const second = knobValues(c.knob2, c.values2, 'knob2, values2');
  if (typeof second === 'string') return bad(second);
  if (second.knob !== null && (first.knob === null || second.knob === first.knob)) return bad('comparison: knob2 needs a different knob beside it');
  if (first.values.length * Math.max(1, second.values.length) > MAX_RUNS) return bad(`comparison: at most ${MAX_RUNS} runs`);
  const comparison = { knob: first.knob, values: first.values, knob2: second.knob, values2: second.values };

  let data: OwnData | null = null;
  if (raw.data !== null) {
    const check = validateOwnData(raw.data);
    if (!check.ok) return bad(`data: ${check.reason}`);
    data = check.data;
  }
  if (config.dataset === 'own' && data === null) return bad('config uses own data but data is null');

  const step = raw.step;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > MAX_REPLAY_STEPS) return bad(`step must be a whole number from 0 to ${MAX_REPLAY_STEPS}`);

  const p = raw.prediction;
  if (!isRecord(p) || keysOf(p) !== 'choice,revealed' || typeof p.revealed !== 'boolean') return bad('prediction must be { choice, revealed }');
  const choice = p.choice;
  if (choice !== null && (typeof choice !== 'number' || !Number.isInteger(choice) || choice < 0 || choice >= lesson.choices)) {
    return bad(`prediction: choice must be null or 0–${lesson.choices - 1}`);
  }
  return {
    ok: true,
    snapshot: { version: STATE_VERSION, lesson: lesson.id, config: config as unknown as LabConfig, comparison, data, step, prediction: { choice, revealed: p.revealed } },
  };
}
