import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSuspendData, scormTime, startScorm, SUSPEND_DATA_LIMIT, suspendDataOf, type ScormWindow } from '../../src/embed/scorm.ts';
import { takeSnapshot, type LabSnapshot } from '../../src/embed/snapshot.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { pickChoice, revealLesson, usePredictions } from '../../src/state/predictions.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';

vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }));

const dropout = LESSONS.find((l) => l.id === 'dropout')!;

/** A SCORM 1.2 API keeping values as an LMS would; `broken` makes a method answer "false" or throw. */
function fakeApi(initial: Record<string, string> = {}, broken: { method?: string; how?: 'false' | 'throw' } = {}) {
  const values: Record<string, string> = { ...initial };
  const calls: string[] = [];
  const act = (method: string, ok: () => unknown) => {
    if (broken.method === method && broken.how === 'throw') throw new Error(`${method} exploded`);
    if (broken.method === method) return 'false';
    return ok();
  };
  const api = {
    LMSInitialize: () => act('LMSInitialize', () => (calls.push('LMSInitialize'), 'true')),
    LMSFinish: () => act('LMSFinish', () => (calls.push('LMSFinish'), 'true')),
    LMSCommit: () => act('LMSCommit', () => (calls.push('LMSCommit'), 'true')),
    LMSGetValue: (k: string) => values[k] ?? '',
    LMSSetValue: (k: string, v: string) => act('LMSSetValue', () => ((values[k] = v), calls.push(`set ${k}`), 'true')),
    LMSGetLastError: () => (broken.method ? '101' : '0'),
    LMSGetErrorString: () => 'General exception',
  };
  return { api, values, calls };
}

/** The lab's frame in an LMS: its parent holds the API; pagehide fires when asked. */
function fakeWindow(API: unknown) {
  let onHide: (() => void) | null = null;
  const top = { API, parent: null as unknown };
  top.parent = top;
  const win = {
    parent: top,
    opener: null,
    addEventListener: (_t: 'pagehide', fn: () => void) => (onHide = fn),
    removeEventListener: () => (onHide = null),
  } as unknown as ScormWindow;
  return { win, hide: () => onHide?.() };
}

describe('scormTime', () => {
  it('writes HHHH:MM:SS.SS, rounded to hundredths, capped at 9999 hours', () => {
    expect(scormTime(0)).toBe('0000:00:00.00');
    expect(scormTime(3_723_456)).toBe('0001:02:03.46');
    expect(scormTime(59_999.999)).toBe('0000:01:00.00');
    expect(scormTime(1e15)).toBe('9999:59:59.99');
    expect(scormTime(-5)).toBe('0000:00:00.00');
  });
});

describe('suspend_data', () => {
  const snap = (over: Partial<LabSnapshot> = {}): LabSnapshot => ({
    ...takeSnapshot({ lessonId: 'dropout', config: { ...dropout.config, activation: 'tanh' }, comparison: dropout.comparison, step: 40, ownData: null }, { picks: { dropout: 2 }, revealed: {} }),
    ...over,
  });
  const bigData = { classes: 2 as const, points: Array.from({ length: 200 }, (_, i) => ({ x: (i % 20) / 20 - 0.5, y: Math.floor(i / 20) / 10 - 0.5, label: i % 2, split: 'train' as const })) };

  it('is the saved-state JSON when it fits, and reads back as the same snapshot', () => {
    const text = suspendDataOf(snap());
    expect(JSON.parse(text)).toEqual(snap());
    expect(readSuspendData(text)).toEqual({ ok: true, snapshot: snap() });
  });

  it('past 4,096 characters drops own data first (the lesson data set instead), keeping the knobs and the prediction', () => {
    const s = snap({ config: { ...dropout.config, activation: 'tanh', dataset: 'own' }, data: bigData });
    expect(JSON.stringify(s).length).toBeGreaterThan(SUSPEND_DATA_LIMIT);
    const text = suspendDataOf(s);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = readSuspendData(text);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.snapshot.data).toBeNull();
      expect(back.snapshot.config).toEqual({ ...dropout.config, activation: 'tanh', dataset: dropout.config.dataset });
      expect(back.snapshot.prediction).toEqual({ choice: 2, revealed: false });
    }
  });

  it('a comparison over own data falls back to the lesson comparison when the data is dropped', () => {
    const s = snap({ comparison: { knob: 'dataset', values: ['moons', 'own'], knob2: null, values2: [] }, data: bigData });
    const back = readSuspendData(suspendDataOf(s));
    expect(back.ok && back.snapshot.comparison).toEqual({ knob: 'dropoutHidden', values: [0, 0.5], knob2: null, values2: [] });
  });

  it('text that is not ours, broken or of another version is refused with the reason', () => {
    expect(readSuspendData('viewed=1,2,3|lastslide=4')).toEqual({ ok: false, reason: 'it is not JSON' });
    expect(readSuspendData(JSON.stringify({ ...snap(), version: 2 }))).toEqual({ ok: false, reason: 'state version must be 1' });
  });
});

describe('startScorm', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  let now: number;
  const clock = () => now;
  beforeEach(() => {
    useLab.setState({ ...initialLabState, lessonId: 'dropout', config: { ...dropout.config }, comparison: dropout.comparison });
    usePredictions.setState({ picks: {}, revealed: {} });
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    now = 1_000_000;
  });
  afterEach(() => warn.mockRestore());

  it('without an API reports nothing and warns once', () => {
    expect(startScorm(fakeWindow(undefined).win)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('initialises and marks the lesson incomplete, but leaves a completed or passed status alone', () => {
    const fresh = fakeApi({ 'cmi.core.lesson_status': 'not attempted' });
    startScorm(fakeWindow(fresh.api).win, clock)!.finish();
    expect(fresh.calls[0]).toBe('LMSInitialize');
    expect(fresh.values['cmi.core.lesson_status']).toBe('incomplete');
    const passed = fakeApi({ 'cmi.core.lesson_status': 'passed' });
    startScorm(fakeWindow(passed.api).win, clock)!.finish();
    expect(passed.values['cmi.core.lesson_status']).toBe('passed');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a prediction becomes interaction 0 with a score, committed; a pick after the outcome is shown changes neither', () => {
    const { api, values, calls } = fakeApi();
    const session = startScorm(fakeWindow(api).win, clock)!;
    pickChoice('dropout', 0);
    expect(values).toMatchObject({
      'cmi.interactions.0.id': 'dropout-prediction',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'a',
      'cmi.interactions.0.correct_responses.0.pattern': 'c',
      'cmi.interactions.0.result': 'wrong',
      'cmi.core.score.raw': '0',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
    });
    expect(calls.at(-1)).toBe('LMSCommit');
    pickChoice('dropout', 2);
    expect([values['cmi.interactions.0.result'], values['cmi.core.score.raw'], values['cmi.interactions.0.student_response']]).toEqual(['correct', '100', 'c']);
    revealLesson('dropout');
    pickChoice('dropout', 1);
    expect([values['cmi.interactions.0.result'], values['cmi.core.score.raw']]).toEqual(['correct', '100']);
    session.finish();
  });

  it('reaching the horizon completes the lesson and commits; leaving sets session time, suspend data and exit, then finishes once', () => {
    const { api, values, calls } = fakeApi();
    const { win, hide } = fakeWindow(api);
    startScorm(win, clock);
    useLab.setState({ step: 400, horizonReached: true });
    expect(values['cmi.core.lesson_status']).toBe('completed');
    expect(calls.at(-1)).toBe('LMSCommit');
    now += 83_250;
    hide();
    hide();
    expect(values['cmi.core.session_time']).toBe('0000:01:23.25');
    expect(values['cmi.core.exit']).toBe('suspend');
    expect(JSON.parse(values['cmi.suspend_data'])).toMatchObject({ lesson: 'dropout', step: 400 });
    expect(calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it('a relaunch restores the saved setup and prediction from suspend_data, without reporting it as a new answer', () => {
    const saved = takeSnapshot({ lessonId: 'dropout', config: { ...dropout.config, activation: 'tanh' }, comparison: dropout.comparison, step: 400, ownData: null }, { picks: { dropout: 2 }, revealed: { dropout: true } });
    const { api, values } = fakeApi({ 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'completed', 'cmi.suspend_data': JSON.stringify(saved) });
    useLab.setState({ lessonId: 'l2' });
    expect(dropout.config.activation).not.toBe('tanh');
    const session = startScorm(fakeWindow(api).win, clock)!;
    expect(useLab.getState()).toMatchObject({ lessonId: 'dropout', config: { activation: 'tanh' }, step: 0 });
    expect(usePredictions.getState()).toEqual({ picks: { dropout: 2 }, revealed: { dropout: true } });
    expect(values['cmi.interactions.0.id']).toBeUndefined();
    expect(values['cmi.core.lesson_status']).toBe('completed');
    session.finish();
  });

  it('suspend_data that is not ours is ignored with one warning, and the lesson starts fresh', () => {
    const { api } = fakeApi({ 'cmi.suspend_data': '{"version":1,"lesson":"nope"}' });
    startScorm(fakeWindow(api).win, clock)!.finish();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Backprop Lab ignored the LMS's saved state \(cmi.suspend_data\): state needs exactly the fields .*; the lesson starts fresh\.$/);
    expect(useLab.getState()).toMatchObject({ lessonId: 'dropout', config: dropout.config });
  });

  it('an API that answers "false" or throws is warned about once, and the lab goes on', () => {
    for (const how of ['false', 'throw'] as const) {
      warn.mockClear();
      usePredictions.setState({ picks: {}, revealed: {} });
      const { api } = fakeApi({}, { method: 'LMSSetValue', how });
      const session = startScorm(fakeWindow(api).win, clock)!;
      expect(() => pickChoice('dropout', 2)).not.toThrow();
      useLab.setState({ horizonReached: true });
      session.finish();
      expect(usePredictions.getState().picks).toEqual({ dropout: 2 });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(how === 'false' ? /LMSSetValue .*error 101 General exception/ : /exploded/);
      useLab.setState({ horizonReached: false });
    }
  });

  it('an LMSInitialize that fails ends the session before it starts, with one warning', () => {
    const { api, calls } = fakeApi({}, { method: 'LMSInitialize', how: 'false' });
    expect(startScorm(fakeWindow(api).win, clock)).toBeNull();
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
