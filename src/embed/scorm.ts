import { findLesson } from '../state/lessons.ts';
import { usePredictions } from '../state/predictions.ts';
import { useLab } from '../state/store.ts';
import { restoreSnapshot } from './apply.ts';
import { findApi, type ApiWindow, type Scorm12Api } from './findApi.ts';
import { asHost, flushLearning, onLearning, type LearningEvent } from './learning.ts';
import { comparisonOfLab, parseSnapshot, takeSnapshot, type LabSnapshot } from './snapshot.ts';
import { choiceId } from './statements.ts';

/** SCORM 1.2's limit on cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours 4 digits, capped at 9999:59:59.99). */
export function scormTime(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360_000 + 359_999);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  const pad = (x: number, n: number) => String(x).padStart(n, '0');
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** The snapshot without own data: the lesson's built-in data set (and comparison, when it compared over own data). */
function withoutOwnData(s: LabSnapshot): LabSnapshot {
  const lesson = findLesson(s.lesson);
  if (!lesson) return { ...s, data: null };
  const overOwn = [s.comparison.knob === 'dataset' && s.comparison.values, s.comparison.knob2 === 'dataset' && s.comparison.values2].some((v) => v && v.includes('own'));
  return {
    ...s,
    data: null,
    config: s.config.dataset === 'own' ? { ...s.config, dataset: lesson.config.dataset } : s.config,
    comparison: overOwn ? comparisonOfLab(lesson.comparison) : s.comparison,
  };
}

/**
 * The lab's state as cmi.suspend_data: the embed API's saved-state JSON (README "Save and restore"). When it would
 * pass SCORM's 4,096 characters, own data points go first (the lesson's built-in data set instead); past that, only the
 * lesson's own setup and the prediction are kept.
 */
export function suspendDataOf(s: LabSnapshot): string {
  const full = JSON.stringify(s);
  if (full.length <= SUSPEND_DATA_LIMIT) return full;
  const lean = JSON.stringify(withoutOwnData(s));
  if (lean.length <= SUSPEND_DATA_LIMIT) return lean;
  const lesson = findLesson(s.lesson);
  if (!lesson) return '';
  return JSON.stringify({ ...s, data: null, config: { ...lesson.config }, comparison: comparisonOfLab(lesson.comparison) } satisfies LabSnapshot);
}

/** Reads cmi.suspend_data back: the snapshot, or why it cannot be used (not ours, broken, another version). */
export function readSuspendData(text: string): { ok: true; snapshot: LabSnapshot } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const p = parseSnapshot(raw);
  return p.ok ? p : { ok: false, reason: p.reason.replace(/^setState: /, '') };
}

/** The window the adapter runs in: where to look for the API, and the page's leaving. */
export interface ScormWindow extends ApiWindow {
  addEventListener(type: 'pagehide', fn: () => void): void;
  removeEventListener(type: 'pagehide', fn: () => void): void;
}

/** A SCORM 1.2 session: running until the page goes (pagehide) or `finish` is called. */
export interface ScormSession {
  finish(): void;
}

const FAILED = (r: unknown) => r === false || r === 'false';

/**
 * Reports to the LMS (DESIGN §8) when ?scorm=1 and a SCORM 1.2 API is found: lesson_status incomplete at start and
 * completed at the horizon; the prediction as interaction 0 with a score of 100 (right) or 0 (wrong); the lab's
 * setup in suspend_data, restored on relaunch; session_time on leaving. An API that fails or throws is warned about
 * once and never stops the lab. Returns null when there is no API (the lab runs as anywhere else).
 */
export function startScorm(win: ScormWindow, now: () => number = () => Date.now()): ScormSession | null {
  const api = findApi(win);
  if (!api) {
    console.warn('Backprop Lab: ?scorm=1 but no SCORM 1.2 API (window.API) in the parent windows or the opener: nothing is reported to an LMS.');
    return null;
  }
  let warned = false;
  const fail = (what: string, detail: string) => {
    if (warned) return;
    warned = true;
    console.warn(`Backprop Lab: the LMS's SCORM API failed (${what}${detail}); the lab goes on, but the LMS may not record this session.`);
  };
  const errorOf = (a: Scorm12Api): string => {
    try {
      const code = a.LMSGetLastError?.();
      if (code === undefined || code === '0' || code === 0) return '';
      const text = a.LMSGetErrorString?.(code);
      return `: error ${String(code)}${typeof text === 'string' && text ? ` ${text}` : ''}`;
    } catch {
      return '';
    }
  };
  /** Calls the API; false (with one warning for the session) when it throws or answers "false". */
  const call = (what: string, fn: () => unknown): boolean => {
    try {
      if (!FAILED(fn())) return true;
      fail(what, errorOf(api));
    } catch (e) {
      fail(what, `: ${e instanceof Error ? e.message : String(e)}`);
    }
    return false;
  };
  const get = (element: string): string => {
    try {
      const v = api.LMSGetValue(element);
      return typeof v === 'string' ? v : '';
    } catch (e) {
      fail(`LMSGetValue ${element}`, `: ${e instanceof Error ? e.message : String(e)}`);
      return '';
    }
  };
  const set = (element: string, value: string) => call(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value));
  const commit = () => call('LMSCommit', () => api.LMSCommit(''));

  if (!call('LMSInitialize', () => api.LMSInitialize(''))) return null;
  const started = now();
  const status = get('cmi.core.lesson_status');
  if (status !== 'completed' && status !== 'passed') set('cmi.core.lesson_status', 'incomplete');

  const saved = get('cmi.suspend_data');
  if (saved !== '') {
    const r = readSuspendData(saved);
    if (r.ok) asHost(() => restoreSnapshot(r.snapshot, false));
    else console.warn(`Backprop Lab ignored the LMS's saved state (cmi.suspend_data): ${r.reason}; the lesson starts fresh.`);
  }

  const saveState = () => set('cmi.suspend_data', suspendDataOf(takeSnapshot(useLab.getState(), usePredictions.getState())));
  const onEvent = (e: LearningEvent) => {
    if (e.kind === 'answered') {
      // A pick made after "what happened" was shown is no prediction: it changes neither the interaction nor the score.
      if (e.outcomeShown) return;
      set('cmi.interactions.0.id', `${e.lesson}-prediction`);
      set('cmi.interactions.0.type', 'choice');
      set('cmi.interactions.0.correct_responses.0.pattern', choiceId(e.answer));
      set('cmi.interactions.0.student_response', choiceId(e.choice));
      set('cmi.interactions.0.result', e.correct ? 'correct' : 'wrong');
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', e.correct ? '100' : '0');
      saveState();
      commit();
    } else if (e.kind === 'completed') {
      set('cmi.core.lesson_status', 'completed');
      saveState();
      commit();
    } else if (e.kind === 'interacted') {
      saveState();
    }
  };
  const off = onLearning(onEvent);

  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    flushLearning();
    off();
    win.removeEventListener('pagehide', finish);
    set('cmi.core.session_time', scormTime(now() - started));
    saveState();
    // "suspend": the LMS offers to resume (cmi.core.entry = "resume") and keeps suspend_data for the next launch.
    set('cmi.core.exit', 'suspend');
    commit();
    call('LMSFinish', () => api.LMSFinish(''));
  };
  win.addEventListener('pagehide', finish);
  return { finish };
}
