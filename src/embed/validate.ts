import type { KnobKey, KnobValue } from '../protocol.ts';
import { KNOB_KEYS, parseKnob } from '../state/knobs.ts';
import { findLesson } from '../state/lessons.ts';
import { validateOwnData } from '../state/ownData/validate.ts';
import { MAX_RUNS } from '../state/runs.ts';
import { TARGET, type EmbedCommand } from './messages.ts';
import { parseSnapshot } from './snapshot.ts';
import { MAX_SEEDS, MIN_SEEDS } from '../seeds.ts';

/** Result of reading a posted message: a command, not meant for us at all, or meant for us but unusable (with why). */
export type ParsedMessage =
  | { kind: 'command'; command: EmbedCommand }
  | { kind: 'foreign' }
  | { kind: 'invalid'; reason: string };

/** Most training steps one `step` command may ask for. */
export const MAX_STEP_COUNT = 10_000;

const SIMPLE = ['play', 'pause', 'reset', 'getState'] as const;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isKnobKey(x: unknown): x is KnobKey {
  return typeof x === 'string' && (KNOB_KEYS as string[]).includes(x);
}

/** A knob value from a message: a string, finite number or boolean that parseKnob accepts (numbers are clamped). */
function knobValue(key: KnobKey, raw: unknown): KnobValue | undefined {
  if (typeof raw === 'number' && !Number.isFinite(raw)) return undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return undefined;
  const p = parseKnob(key, String(raw));
  return p.ok ? p.value : undefined;
}

/** A short, safe rendering of any value for a warning (JSON.stringify throws on BigInt and cycles). */
function show(x: unknown): string {
  try {
    const s = JSON.stringify(x);
    return s === undefined ? typeof x : s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return typeof x;
  }
}

const invalid = (reason: string): ParsedMessage => ({ kind: 'invalid', reason });

function parseSet(m: Record<string, unknown>): ParsedMessage {
  const forms = ['key' in m, 'lesson' in m, 'compare' in m, 'seeds' in m].filter(Boolean).length;
  if (forms !== 1) return invalid('set needs exactly one of {key, value}, {lesson}, {compare, values} or {seeds}');
  if ('seeds' in m) {
    const n = m.seeds;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_SEEDS || n > MAX_SEEDS) return invalid(`set: seeds must be a whole number from ${MIN_SEEDS} to ${MAX_SEEDS}, not ${show(n)}`);
    return { kind: 'command', command: { type: 'set', seeds: n } };
  }
  if ('key' in m) {
    if (!isKnobKey(m.key)) return invalid(`set: unknown knob ${show(m.key)}`);
    const value = knobValue(m.key, m.value);
    if (value === undefined) return invalid(`set: ${show(m.value)} is not a valid value for ${m.key}`);
    return { kind: 'command', command: { type: 'set', key: m.key, value } };
  }
  if ('lesson' in m) {
    const key = typeof m.lesson === 'number' || typeof m.lesson === 'string' ? String(m.lesson) : '';
    const lesson = key ? findLesson(key) : undefined;
    if (!lesson) return invalid(`set: unknown lesson ${show(m.lesson)}`);
    return { kind: 'command', command: { type: 'set', lesson: lesson.id } };
  }
  if (m.compare === null || m.compare === 'none') return { kind: 'command', command: { type: 'set', compare: null, values: [] } };
  if (!isKnobKey(m.compare)) return invalid(`set: unknown knob to compare ${show(m.compare)}`);
  const knob = m.compare;
  if (!Array.isArray(m.values) || m.values.length < 1 || m.values.length > MAX_RUNS) {
    return invalid(`set: compare needs values, an array of 1–${MAX_RUNS} items`);
  }
  const values: KnobValue[] = [];
  for (const raw of m.values) {
    const v = knobValue(knob, raw);
    if (v === undefined) return invalid(`set: ${show(raw)} is not a valid value for ${knob}`);
    if (!values.includes(v)) values.push(v);
  }
  return { kind: 'command', command: { type: 'set', compare: knob, values } };
}

/** Reads a message posted to the lab. Never throws, whatever `data` is. */
export function parseMessage(data: unknown): ParsedMessage {
  if (!isRecord(data) || data.target !== TARGET) return { kind: 'foreign' };
  const type = data.type;
  if ((SIMPLE as readonly unknown[]).includes(type)) return { kind: 'command', command: { type: type as (typeof SIMPLE)[number] } };
  if (type === 'step') {
    if (data.count === undefined) return { kind: 'command', command: { type: 'step', count: 1 } };
    const c = data.count;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > MAX_STEP_COUNT) {
      return invalid(`step: count must be a whole number from 1 to ${MAX_STEP_COUNT}`);
    }
    return { kind: 'command', command: { type: 'step', count: c } };
  }
  if (type === 'set') return parseSet(data);
  if (type === 'setState') {
    if (data.replay !== undefined && typeof data.replay !== 'boolean') return invalid('setState: replay must be true or false');
    const p = parseSnapshot(data.state);
    if (!p.ok) return invalid(p.reason);
    return { kind: 'command', command: { type: 'setState', state: p.snapshot, replay: data.replay === true } };
  }
  if (type === 'setData') {
    const check = validateOwnData(data.data);
    if (!check.ok) return invalid(`setData: ${check.reason}`);
    if (!check.data.points.some((p) => p.split === 'train')) return invalid('setData: no point has split "train"');
    return { kind: 'command', command: { type: 'setData', data: check.data } };
  }
  return invalid(`unknown message type ${show(type)}`);
}
