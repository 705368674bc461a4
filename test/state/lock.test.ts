import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sent } from '../setup/poolLog.ts';
import { findLesson, LESSONS } from '../../src/state/lessons.ts';
import { comparisonLocked, keepsLocks, mayOpenLesson, openLessonAsLearner } from '../../src/state/lock.ts';
import { loadOwnData } from '../../src/state/ownDataActions.ts';
import { openExport } from '../../src/state/ownDataEdit.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { parseUrl } from '../../src/state/url.ts';

vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }));

/** Puts the store where a link leaves it. */
function open(query: string): void {
  useLab.setState({ ...initialLabState, ...parseUrl(query).state, lang: 'en' }, true);
}

const dropout = findLesson('dropout')!;
const points = { classes: 2 as const, points: [{ x: 0.1, y: 0.2, label: 0, split: 'train' as const }, { x: -0.3, y: 0.4, label: 1, split: 'train' as const }] };

beforeEach(() => {
  sent.length = 0;
});

describe('a lesson the learner opens keeps every locked knob', () => {
  it('opens any lesson when nothing is locked', () => {
    open('lesson=dropout');
    expect(LESSONS.every((l) => mayOpenLesson(useLab.getState(), l.id))).toBe(true);
  });

  it('refuses a lesson that gives a locked knob another value, and opens one that leaves it alone', () => {
    open('lesson=dropout&lock=l2');
    const s = useLab.getState();
    // The l2 lesson compares L2 = 0 and 0.01; dropout's runs all train with L2 = 0.
    expect(mayOpenLesson(s, 'l2')).toBe(false);
    expect(mayOpenLesson(s, 'overfitting')).toBe(findLesson('overfitting')!.config.l2 === 0);
    expect(mayOpenLesson(s, 'nosuchlesson')).toBe(false);
    openLessonAsLearner('l2');
    expect(useLab.getState().lessonId).toBe('dropout');
    expect(sent).toEqual([]);
    openLessonAsLearner('data');
    expect(useLab.getState().lessonId).toBe('data');
  });

  it('refuses to restore the lesson when the link set a locked knob away from it', () => {
    open('lesson=dropout&lock=l2&l2=0.01');
    expect(mayOpenLesson(useLab.getState(), 'dropout')).toBe(false);
    open('lesson=dropout&lock=l2&depth=2');
    expect(mayOpenLesson(useLab.getState(), 'dropout')).toBe(true);
  });

  it('treats a locked compared knob by the values its runs train with', () => {
    open('lesson=dropout&lock=dropoutHidden');
    const s = useLab.getState();
    expect(comparisonLocked(s)).toBe(true);
    expect(keepsLocks(s, dropout.config, dropout.comparison)).toBe(true);
    expect(keepsLocks(s, dropout.config, { knob: 'dropoutHidden', values: [0, 0.3] })).toBe(false);
    expect(keepsLocks(s, dropout.config, { knob: null, values: [] })).toBe(false);
    expect(comparisonLocked(parseUrl('lesson=dropout&lock=l2').state)).toBe(false);
  });
});

describe('own data and imported files respect the locks', () => {
  it('keeps a locked N when own data arrives, and fits N to it otherwise', () => {
    open('lesson=dropout&lock=trainSize');
    loadOwnData(points, { fitN: true });
    expect(useLab.getState().config.trainSize).toBe(dropout.config.trainSize);
    open('lesson=dropout');
    loadOwnData(points, { fitN: true });
    expect(useLab.getState().config.trainSize).toBe(10);
  });

  it('does not open a JSON export that would change a locked knob, and opens one that would not', () => {
    open('lesson=dropout&lock=l2');
    expect(openExport({ query: 'lesson=dropout&l2=0.01', data: null })).toBe(false);
    expect(useLab.getState().config.l2).toBe(0);
    expect(sent).toEqual([]);
    expect(openExport({ query: 'lesson=dropout&depth=2', data: null })).toBe(true);
    expect(useLab.getState().config.depth).toBe(2);
  });
});
