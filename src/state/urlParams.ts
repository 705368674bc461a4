import type { KnobKey, LabConfig, TrainMode } from '../protocol.ts';
import { formatKnob, KNOB_GROUP_NAMES, KNOB_KEYS, parseKnob } from './knobs.ts';
import { DEFAULT_LESSON, findLesson, type Comparison, type Lesson } from './lessons.ts';
import { ownDataTools } from './ownData/lazy.ts';
import type { OwnData } from './ownData/types.ts';
import { MAX_RUNS, RUN_IDS } from './runs.ts';
import { readLock, readTask } from './courseUrl.ts';
import { count, oneOf, readBool, readComparison, type UrlReader } from './urlRead.ts';
import { MAX_SEEDS, MIN_SEEDS } from '../seeds.ts';
import { OUTCOME_METRICS, type OutcomeMetric } from './outcome.ts';

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
  /** Launched by an LMS as a SCORM 1.2 package (`scorm=1`): report to its API when one is found (embed/scorm.ts). */
  scorm: boolean;
  controls: ControlName[] | null;
  /** Knobs the teacher locked (`lock=`): shown, read-only to the learner's controls; a host page may still set them. */
  lock: KnobKey[];
  /** The teacher's instruction or question (`task=`), plain text of at most 280 characters; null for none. */
  task: string | null;
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
  /** Seeds every run trains (1–20): the views show their median and spread. */
  seeds: number;
  /** What the outcome-by-knob panel plots; null: the lesson's sweep's, else validation accuracy. */
  outcome: OutcomeMetric | null;
}

/** One row of the URL table: the parameter(s) of one store key, read from a link and written back. */
export interface UrlParam<K extends keyof UrlState = keyof UrlState> {
  /** Its parameters, in the order a link has them. */
  params: readonly string[];
  /** The store key it sets (the store's state extends UrlState); a knob's row sets its field of `config`. */
  key: K;
  /**
   * Sets its part of `s` (which holds the rows above it) from the link, or to what a link without it opens
   * (the lesson's, for the knobs, comparison and mode), with a notice for every value it replaces.
   */
  read(r: UrlReader, s: UrlState): void;
  /** Writes its parameters, or none where a link without them opens the same. */
  write(s: UrlState, p: URLSearchParams): void;
}

const row = <K extends keyof UrlState>(r: UrlParam<K>): UrlParam<K> => r;

/** The lesson a state opens (the default one when the id is unknown). */
const lessonOf = (s: Pick<UrlState, 'lessonId'>): Lesson => findLesson(s.lessonId) ?? DEFAULT_LESSON;

/** A row for a page flag, off unless the link turns it on. */
const flag = <K extends 'present' | 'embed' | 'autoplay' | 'scorm' | 'sound'>(key: K) =>
  row({
    params: [key],
    key,
    read(r, s) {
      s[key] = readBool(r, key);
    },
    write(s, p) {
      if (s[key]) p.set(key, '1');
    },
  });

/** A knob's row: its value from the link (clamped, rounded or replaced, with a notice), else the lesson's. */
const knob = (key: KnobKey) =>
  row({
    params: [key],
    key: 'config',
    read(r, s) {
      const fallback = lessonOf(s).config[key];
      const text = r.first(key);
      const p = text === null ? null : parseKnob(key, text);
      if (text !== null && p && !p.ok) r.notice(key, text, formatKnob(key, fallback), 'invalid');
      if (text !== null && p?.ok) {
        if (p.adjusted) r.notice(key, text, formatKnob(key, p.value), p.adjusted);
        r.take(key, p.value);
      }
      s.config = { ...s.config, [key]: p?.ok ? p.value : fallback } as LabConfig;
    },
    write: (s, p) => p.set(key, formatKnob(key, s.config[key])),
  });

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

/** A run id ('A'…'H', any case), undefined for anything else. */
function runId(text: string): string | undefined {
  const id = text.trim().toUpperCase();
  return id.length === 1 && RUN_IDS.includes(id) ? id : undefined;
}

/** The origin of a URL, undefined for none or an opaque one. */
function originOf(text: string): string | undefined {
  try {
    const o = new URL(text).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

/**
 * The URL table: one row per store key a link sets, in the order a link has its parameters (and the page
 * reads them: the lesson first, whose configuration, comparison and mode the others default to; own data
 * last, since runs asking for it fall back to the lesson's set without it). parseUrl, serializeUrl and
 * the address bar's sync all read it.
 */
export const URL_PARAMS = [
  row({
    params: ['lesson'],
    key: 'lessonId',
    read(r, s) {
      s.lessonId = oneOf(r, 'lesson', DEFAULT_LESSON.id, (t) => findLesson(t)?.id);
    },
    write: (s, p) => p.set('lesson', s.lessonId),
  }),
  row({
    params: ['lang'],
    key: 'lang',
    read(r, s) {
      s.lang = oneOf<Lang | null>(r, 'lang', null, (t) => LANGS.find((l) => l === t.toLowerCase().slice(0, 2)), 'en');
    },
    write(s, p) {
      if (s.lang) p.set('lang', s.lang);
    },
  }),
  ...KNOB_KEYS.map(knob),
  row({
    params: ['compare', 'values', 'compare2', 'values2'],
    key: 'comparison',
    read(r, s) {
      s.comparison = readComparison(r, lessonOf(s).comparison);
    },
    write(s, p) {
      const c = s.comparison;
      p.set('compare', c.knob ?? 'none');
      if (c.knob === null) return;
      p.set('values', c.values.map((v) => formatKnob(c.knob as KnobKey, v)).join(','));
      if (c.knob2 && c.values2 && c.values2.length) {
        p.set('compare2', c.knob2);
        p.set('values2', c.values2.map((v) => formatKnob(c.knob2 as KnobKey, v)).join(','));
      }
    },
  }),
  row({
    params: ['speed'],
    key: 'speed',
    read(r, s) {
      const text = r.first('speed');
      s.speed = text !== null && text.trim().toLowerCase() === 'max' ? 'max' : count(r, 'speed', text, 1, 1000, 'lesson');
    },
    write(s, p) {
      if (s.speed !== null) p.set('speed', String(s.speed));
    },
  }),
  flag('present'),
  flag('embed'),
  flag('autoplay'),
  flag('scorm'),
  row({
    params: ['controls'],
    key: 'controls',
    read(r, s) {
      const text = r.first('controls');
      s.controls = text === null ? null : [];
      for (const c of (text ?? '').split(',').map((t) => t.trim()).filter(Boolean)) {
        if ((CONTROL_NAMES as readonly string[]).includes(c)) s.controls!.push(c as ControlName);
        else r.notice('controls', c, '—', 'invalid');
      }
    },
    write(s, p) {
      if (s.controls) p.set('controls', s.controls.join(','));
    },
  }),
  row({
    params: ['lock'],
    key: 'lock',
    read(r, s) {
      s.lock = readLock(r);
    },
    write(s, p) {
      if (s.lock.length) p.set('lock', s.lock.join(','));
    },
  }),
  row({
    params: ['task'],
    key: 'task',
    read(r, s) {
      s.task = readTask(r);
    },
    write(s, p) {
      if (s.task) p.set('task', s.task);
    },
  }),
  row({
    params: ['origin'],
    key: 'origin',
    read(r, s) {
      s.origin = oneOf<string | null>(r, 'origin', null, originOf, '—');
    },
    write(s, p) {
      if (s.origin) p.set('origin', s.origin);
    },
  }),
  row({
    params: ['narrator'],
    key: 'narrator',
    read(r, s) {
      s.narrator = oneOf<Verbosity>(r, 'narrator', 'milestones', (t) => VERBOSITIES.find((v) => v === t));
    },
    write(s, p) {
      if (s.narrator !== 'milestones') p.set('narrator', s.narrator);
    },
  }),
  flag('sound'),
  row({
    params: ['soundRun'],
    key: 'soundRun',
    read(r, s) {
      s.soundRun = oneOf(r, 'soundRun', 'A', runId);
    },
    write(s, p) {
      if (s.soundRun !== 'A') p.set('soundRun', s.soundRun);
    },
  }),
  row({
    params: ['workers'],
    key: 'workers',
    read(r, s) {
      s.workers = count(r, 'workers', r.first('workers'), 1, MAX_RUNS, '—');
    },
    write(s, p) {
      if (s.workers !== null) p.set('workers', String(s.workers));
    },
  }),
  row({
    params: ['mode'],
    key: 'mode',
    read(r, s) {
      s.mode = oneOf<TrainMode>(r, 'mode', lessonOf(s).mode ?? 'lockstep', (t) => (t === 'lockstep' || t === 'race' ? t : undefined));
    },
    write(s, p) {
      if (s.mode !== (lessonOf(s).mode ?? 'lockstep')) p.set('mode', s.mode);
    },
  }),
  row({
    params: ['data'],
    key: 'ownData',
    read(r, s) {
      const text = r.first('data');
      const d = text !== null && r.tools ? r.tools.decodeOwnData(text) : null;
      s.ownData = d?.ok ? d.data : null;
      if (text !== null && !d?.ok) r.notice('data', `${short(text)}${d ? ` (${r.tools?.describeError(d.error)})` : ''}`, '—', 'invalid');
      if (s.ownData) return;
      // Own data asked for but not (usably) given: the lesson's built-in set, and say so.
      const lesson = lessonOf(s);
      if (s.config.dataset === 'own') {
        s.config.dataset = lesson.config.dataset;
        r.notice('dataset', 'own', lesson.config.dataset, 'invalid');
      }
      const c = s.comparison;
      if ([c.knob === 'dataset' && c.values, c.knob2 === 'dataset' && c.values2].some((v) => v && v.includes('own'))) {
        r.notice('values', 'own', lesson.comparison.knob ?? 'none', 'invalid');
        s.comparison = lesson.comparison;
      }
    },
    write(s, p) {
      const data = s.ownData ? encodedOf(s.ownData) : null;
      if (data) p.set('data', data);
    },
  }),
  row({
    params: ['seeds'],
    key: 'seeds',
    read(r, s) {
      s.seeds = count(r, 'seeds', r.first('seeds'), MIN_SEEDS, MAX_SEEDS, String(MIN_SEEDS)) ?? MIN_SEEDS;
    },
    write(s, p) {
      if (s.seeds !== MIN_SEEDS) p.set('seeds', String(s.seeds));
    },
  }),
  row({
    params: ['outcome'],
    key: 'outcome',
    read(r, s) {
      s.outcome = oneOf<OutcomeMetric | null>(r, 'outcome', null, (t) => OUTCOME_METRICS.find((m) => m === t), '—');
    },
    write(s, p) {
      if (s.outcome) p.set('outcome', s.outcome);
    },
  }),
];

type Unread = Exclude<keyof UrlState, (typeof URL_PARAMS)[number]['key']>;
/** Compile-time: every field of UrlState has a row (one without makes `true` fail to compile, naming it). */
export const URL_PARAMS_COMPLETE: [Unread] extends [never] ? true : { unread: Unread } = true;

/** The store keys a link is made of, each once. */
export const URL_KEYS: readonly (keyof UrlState)[] = [...new Set(URL_PARAMS.map((p) => p.key))];
