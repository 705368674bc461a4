import type { KnobKey, KnobValue, LabConfig, TrainMode } from '../protocol.ts';
import { formatKnob, KNOB_GROUP_NAMES, KNOB_KEYS, parseKnob } from './knobs.ts';
import { DEFAULT_LESSON, findLesson, type Comparison } from './lessons.ts';
import { MAX_RUNS, RUN_IDS } from './runs.ts';
import { ownDataTools, type OwnDataTools } from './ownData/lazy.ts';
import type { OwnData } from './ownData/types.ts';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** Names of the control groups `?controls=` may list. */
export const CONTROL_NAMES = ['play', 'speed', 'compare', ...KNOB_GROUP_NAMES, 'lesson', 'export'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

/** How much the narrator says: milestones only (default), a short status every few seconds too, or nothing. */
export const VERBOSITIES = ['milestones', 'periodic', 'off'] as const;
export type Verbosity = (typeof VERBOSITIES)[number];

/** A chosen training speed: steps per second, as fast as possible, or null for the lesson's pace. */
export type Speed = number | 'max' | null;

/** A value the page could not use as given, and what it used instead. */
export interface Notice {
  param: string;
  given: string;
  used: string;
  /** unavailable: SIMD asked for where it cannot run; loadFailed: the SIMD module did not load (CSP, blocked). */
  kind: 'invalid' | 'clamped' | 'rounded' | 'duplicate' | 'tooMany' | 'unavailable' | 'loadFailed';
}

/** Everything a URL can set. */
export interface UrlState {
  lessonId: string;
  lang: Lang | null;
  config: LabConfig;
  comparison: Comparison;
  /** Steps per second, 'max' for as fast as possible, null for the lesson's own pace (the default). */
  speed: Speed;
  present: boolean;
  embed: boolean;
  autoplay: boolean;
  controls: ControlName[] | null;
  origin: string | null;
  /** What the screen-reader narrator announces by itself. */
  narrator: Verbosity;
  /** Gradient sonification on (it still waits for the person's first click before making a sound). */
  sound: boolean;
  /** Id of the run whose layers sound ('A'…'H'). */
  soundRun: string;
  /** Workers the pool must use (1–8), null for the default rule (tests force it). */
  workers: number | null;
  /** Lock-step (the default) or race (the computation lesson's). */
  mode: TrainMode;
  /** The learner's own points (`data=`), used by runs whose dataset is 'own'. */
  ownData: OwnData | null;
}

function parseBool(params: URLSearchParams, key: string, notices: Notice[]): boolean {
  const v = first(params, key, notices);
  if (v === null) return false;
  if (['1', 'true', 'on', 'yes', ''].includes(v.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(v.toLowerCase())) return false;
  notices.push({ param: key, given: v, used: '0', kind: 'invalid' });
  return false;
}

/** The first value of a key; a notice when it appears more than once. */
function first(params: URLSearchParams, key: string, notices: Notice[]): string | null {
  const all = params.getAll(key);
  if (all.length > 1) notices.push({ param: key, given: all.join(' | '), used: all[0], kind: 'duplicate' });
  return all.length ? all[0] : null;
}

function isKnob(key: string): key is KnobKey {
  return (KNOB_KEYS as string[]).includes(key);
}

function parseValues(knob: KnobKey, text: string, param: string, max: number, notices: Notice[]): KnobValue[] {
  const out: KnobValue[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const p = parseKnob(knob, part);
    if (!p.ok) {
      notices.push({ param, given: part, used: '—', kind: 'invalid' });
      continue;
    }
    if (p.adjusted) notices.push({ param, given: part, used: formatKnob(knob, p.value), kind: p.adjusted });
    if (!out.includes(p.value)) out.push(p.value);
  }
  if (out.length > max) {
    notices.push({ param, given: String(out.length), used: String(max), kind: 'tooMany' });
    out.length = max;
  }
  return out;
}

function parseComparison(params: URLSearchParams, fallback: Comparison, notices: Notice[]): Comparison {
  const given = first(params, 'compare', notices);
  // compare2 alone makes a grid of the lesson's own comparison: ?compare2=dropoutHidden&values2=0,0.5.
  if (given === null && (!params.has('compare2') || fallback.knob === null)) return fallback;
  const knob = given ?? fallback.knob!;
  if (knob === 'none') return { knob: null, values: [] };
  if (!isKnob(knob)) {
    notices.push({ param: 'compare', given: knob, used: fallback.knob ?? 'none', kind: 'invalid' });
    return fallback;
  }
  const values = given === null ? [...fallback.values] : parseValues(knob, first(params, 'values', notices) ?? '', 'values', MAX_RUNS, notices);
  if (values.length === 0) {
    notices.push({ param: 'values', given: params.get('values') ?? '', used: fallback.knob ?? 'none', kind: 'invalid' });
    return fallback;
  }
  const cmp: Comparison = { knob, values };
  const knob2 = first(params, 'compare2', notices);
  if (knob2 !== null && knob2 !== 'none') {
    if (!isKnob(knob2) || knob2 === knob) {
      notices.push({ param: 'compare2', given: knob2, used: 'none', kind: 'invalid' });
    } else {
      const max2 = Math.max(1, Math.floor(MAX_RUNS / values.length));
      const values2 = parseValues(knob2, first(params, 'values2', notices) ?? '', 'values2', max2, notices);
      if (values2.length > 0) {
        cmp.knob2 = knob2;
        cmp.values2 = values2;
      }
    }
  }
  return cmp;
}

/** At most 40 characters of a value, for a notice. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

// The address bar is rewritten on every state change: encode each data object once.
// Until the codec is loaded (it is whenever own data exists: see loadOwnData) the link goes without it.
const encoded = new WeakMap<OwnData, string | null>();
function encodedOf(d: OwnData): string | null {
  const tools = ownDataTools();
  if (!tools) return null;
  if (!encoded.has(d)) encoded.set(d, tools.encodeOwnData(d));
  return encoded.get(d) ?? null;
}

/** True when a query string has a `data` parameter, whose codec must be loaded before `parseUrl`. */
export function hasDataParam(search: string): boolean {
  return new URLSearchParams(search).has('data');
}

/**
 * Reads a query string into a full state, replacing what it cannot use and saying so. A `data` parameter
 * needs the own-data tools (`loadOwnDataTools()` first); without them it is refused like a malformed one.
 */
export function parseUrl(search: string, tools: OwnDataTools | null = ownDataTools()): { state: UrlState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const lessonKey = first(params, 'lesson', notices);
  let lesson = DEFAULT_LESSON;
  if (lessonKey !== null) {
    const found = findLesson(lessonKey);
    if (found) lesson = found;
    else notices.push({ param: 'lesson', given: lessonKey, used: DEFAULT_LESSON.id, kind: 'invalid' });
  }
  const config: LabConfig = { ...lesson.config };
  for (const key of KNOB_KEYS) {
    const text = first(params, key, notices);
    if (text === null) continue;
    const p = parseKnob(key, text);
    if (!p.ok) {
      notices.push({ param: key, given: text, used: formatKnob(key, config[key]), kind: 'invalid' });
      continue;
    }
    if (p.adjusted) notices.push({ param: key, given: text, used: formatKnob(key, p.value), kind: p.adjusted });
    (config as unknown as Record<string, KnobValue>)[key] = p.value;
  }
  let comparison = parseComparison(params, lesson.comparison, notices);

  let ownData: OwnData | null = null;
  const dataText = first(params, 'data', notices);
  if (dataText !== null) {
    const d = tools ? tools.decodeOwnData(dataText) : null;
    if (d?.ok) ownData = d.data;
    else notices.push({ param: 'data', given: `${short(dataText)}${d ? ` (${tools?.describeError(d.error)})` : ''}`, used: '—', kind: 'invalid' });
  }
  // Own data asked for but not (usably) given: the lesson's built-in set, and say so.
  if (!ownData && config.dataset === 'own') {
    config.dataset = lesson.config.dataset;
    notices.push({ param: 'dataset', given: 'own', used: lesson.config.dataset, kind: 'invalid' });
  }
  if (!ownData && [comparison.knob === 'dataset' && comparison.values, comparison.knob2 === 'dataset' && comparison.values2].some((v) => v && v.includes('own'))) {
    notices.push({ param: 'values', given: 'own', used: lesson.comparison.knob ?? 'none', kind: 'invalid' });
    comparison = lesson.comparison;
  }

  let lang: Lang | null = null;
  const langText = first(params, 'lang', notices);
  if (langText !== null) {
    const l = langText.toLowerCase().slice(0, 2);
    if ((LANGS as string[]).includes(l)) lang = l as Lang;
    else notices.push({ param: 'lang', given: langText, used: 'en', kind: 'invalid' });
  }

  let speed: Speed = null;
  const speedText = first(params, 'speed', notices);
  if (speedText !== null && speedText.trim().toLowerCase() === 'max') speed = 'max';
  else if (speedText !== null) {
    const n = Number(speedText);
    if (!Number.isFinite(n) || speedText.trim() === '') {
      notices.push({ param: 'speed', given: speedText, used: 'lesson', kind: 'invalid' });
    } else {
      speed = Math.min(1000, Math.max(1, Math.round(n)));
      if (speed !== n) notices.push({ param: 'speed', given: speedText, used: String(speed), kind: 'clamped' });
    }
  }

  let controls: ControlName[] | null = null;
  const controlsText = first(params, 'controls', notices);
  if (controlsText !== null) {
    controls = [];
    for (const c of controlsText.split(',').map((s) => s.trim()).filter(Boolean)) {
      if ((CONTROL_NAMES as readonly string[]).includes(c)) controls.push(c as ControlName);
      else notices.push({ param: 'controls', given: c, used: '—', kind: 'invalid' });
    }
  }

  let origin: string | null = null;
  const originText = first(params, 'origin', notices);
  if (originText !== null) {
    try {
      const o = new URL(originText).origin;
      if (o === 'null') throw new Error('opaque');
      origin = o;
    } catch {
      notices.push({ param: 'origin', given: originText, used: '—', kind: 'invalid' });
    }
  }

  let narrator: Verbosity = 'milestones';
  const narratorText = first(params, 'narrator', notices);
  if (narratorText !== null) {
    if ((VERBOSITIES as readonly string[]).includes(narratorText)) narrator = narratorText as Verbosity;
    else notices.push({ param: 'narrator', given: narratorText, used: narrator, kind: 'invalid' });
  }

  let soundRun = 'A';
  const soundRunText = first(params, 'soundRun', notices);
  if (soundRunText !== null) {
    const id = soundRunText.trim().toUpperCase();
    if (id.length === 1 && RUN_IDS.includes(id)) soundRun = id;
    else notices.push({ param: 'soundRun', given: soundRunText, used: soundRun, kind: 'invalid' });
  }

  let workers: number | null = null;
  const workersText = first(params, 'workers', notices);
  if (workersText !== null) {
    const n = Number(workersText);
    if (workersText.trim() === '' || !Number.isFinite(n)) notices.push({ param: 'workers', given: workersText, used: '—', kind: 'invalid' });
    else {
      workers = Math.min(MAX_RUNS, Math.max(1, Math.round(n)));
      if (workers !== n) notices.push({ param: 'workers', given: workersText, used: String(workers), kind: 'clamped' });
    }
  }

  let mode: TrainMode = lesson.mode ?? 'lockstep';
  const modeText = first(params, 'mode', notices);
  if (modeText !== null) {
    if (modeText === 'lockstep' || modeText === 'race') mode = modeText;
    else notices.push({ param: 'mode', given: modeText, used: mode, kind: 'invalid' });
  }

  return {
    state: {
      lessonId: lesson.id,
      lang,
      config,
      comparison,
      speed,
      present: parseBool(params, 'present', notices),
      embed: parseBool(params, 'embed', notices),
      autoplay: parseBool(params, 'autoplay', notices),
      controls,
      origin,
      narrator,
      sound: parseBool(params, 'sound', notices),
      soundRun,
      workers,
      mode,
      ownData,
    },
    notices,
  };
}

/** Writes a state as a query string (without '?'); every knob is written, so a link is exact. */
export function serializeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  p.set('lesson', s.lessonId);
  if (s.lang) p.set('lang', s.lang);
  for (const key of KNOB_KEYS) p.set(key, formatKnob(key, s.config[key]));
  const c = s.comparison;
  if (c.knob === null) p.set('compare', 'none');
  else {
    p.set('compare', c.knob);
    p.set('values', c.values.map((v) => formatKnob(c.knob as KnobKey, v)).join(','));
    if (c.knob2 && c.values2 && c.values2.length) {
      p.set('compare2', c.knob2);
      p.set('values2', c.values2.map((v) => formatKnob(c.knob2 as KnobKey, v)).join(','));
    }
  }
  if (s.speed !== null) p.set('speed', String(s.speed));
  if (s.present) p.set('present', '1');
  if (s.embed) p.set('embed', '1');
  if (s.autoplay) p.set('autoplay', '1');
  if (s.controls) p.set('controls', s.controls.join(','));
  if (s.origin) p.set('origin', s.origin);
  if (s.narrator !== 'milestones') p.set('narrator', s.narrator);
  if (s.sound) p.set('sound', '1');
  if (s.soundRun !== 'A') p.set('soundRun', s.soundRun);
  if (s.workers !== null) p.set('workers', String(s.workers));
  if (s.mode !== (findLesson(s.lessonId)?.mode ?? 'lockstep')) p.set('mode', s.mode);
  const data = s.ownData ? encodedOf(s.ownData) : null;
  if (data) p.set('data', data);
  return p.toString();
}

/** Knob keys the given comparison sets per run. */
export function comparedKnobs(c: Comparison): KnobKey[] {
  const out: KnobKey[] = [];
  if (c.knob) out.push(c.knob);
  if (c.knob2) out.push(c.knob2);
  return out;
}

