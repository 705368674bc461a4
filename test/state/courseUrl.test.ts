import { describe, expect, it } from 'vitest';
import { cutTask, TASK_MAX, taskLength } from '../../src/state/courseUrl.ts';
import { KNOB_KEYS } from '../../src/state/knobs.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { parseUrl, serializeUrl } from '../../src/state/url.ts';

const dropout = LESSONS.find((l) => l.id === 'dropout')!;

describe('lock= names the knobs a learner cannot change', () => {
  it('reads knob names as the URL writes them, in any case and order, each once, in the knob table’s order', () => {
    const { state, notices } = parseUrl('lock=L2,learningrate,%20depth%20,l2');
    expect(notices).toEqual([]);
    expect(state.lock).toEqual(['depth', 'l2', 'learningRate']);
  });

  it('locks nothing and says nothing without lock=, or with an empty one', () => {
    for (const q of ['', 'lock=', 'lock=,,%20,']) {
      const { state, notices } = parseUrl(q);
      expect(state.lock, q).toEqual([]);
      expect(notices, q).toEqual([]);
    }
  });

  it('names an unknown name in a notice and locks only the known ones beside it', () => {
    const { state, notices } = parseUrl('lock=l2,colour,lesson,controls');
    expect(state.lock).toEqual(['l2']);
    expect(notices).toEqual([
      { param: 'lock', given: 'colour', used: '—', kind: 'unknownKnob' },
      { param: 'lock', given: 'lesson', used: '—', kind: 'unknownKnob' },
      { param: 'lock', given: 'controls', used: '—', kind: 'unknownKnob' },
    ]);
  });

  it('does not lock a knob whose name only starts like a known one', () => {
    const { state, notices } = parseUrl('lock=l,dropout,learning');
    expect(state.lock).toEqual([]);
    expect(notices.map((n) => n.given)).toEqual(['l', 'dropout', 'learning']);
  });

  it('locks a knob whose value in the same link is unusable, at the value the page falls back to', () => {
    const { state, notices } = parseUrl('lesson=dropout&lock=l2,dropoutHidden&l2=abc&dropoutHidden=7');
    expect(state.lock).toEqual(['dropoutHidden', 'l2']);
    expect(state.config.l2).toBe(dropout.config.l2);
    expect(state.config.dropoutHidden).toBe(0.9);
    expect(notices.map((n) => [n.param, n.kind])).toEqual([
      ['dropoutHidden', 'clamped'],
      ['l2', 'invalid'],
    ]);
  });

  it('can lock every knob, and survives a round trip through the link', () => {
    const { state } = parseUrl(`lesson=dropout&lock=${KNOB_KEYS.join(',')}`);
    expect(state.lock).toEqual(KNOB_KEYS);
    expect(parseUrl(serializeUrl(state)).state).toEqual(state);
  });

  it('takes the first of two lock= parameters, with a notice', () => {
    const { state, notices } = parseUrl('lock=l2&lock=depth');
    expect(state.lock).toEqual(['l2']);
    expect(notices.map((n) => [n.param, n.kind])).toEqual([['lock', 'duplicate']]);
  });
});

describe('task= is the teacher’s instruction, plain text', () => {
  it('keeps the text exactly, markup and all (the page shows it as text), through a round trip', () => {
    const task = 'Is <b>B</b> better? Try <img src=x onerror=alert(1)> & "quotes" + 50 % — 한국어도 됩니다.';
    const { state, notices } = parseUrl(new URLSearchParams({ task }).toString());
    expect(notices).toEqual([]);
    expect(state.task).toBe(task);
    expect(parseUrl(serializeUrl(state)).state.task).toBe(task);
  });

  it('is absent when empty or only spaces, and leaves nothing in the link', () => {
    for (const q of ['', 'task=', 'task=%20%20%0A']) {
      const { state, notices } = parseUrl(q);
      expect(state.task, q).toBeNull();
      expect(notices, q).toEqual([]);
      expect(serializeUrl(state), q).not.toContain('task=');
    }
  });

  it('cuts a text of 281 characters to its first 280, with a notice giving both lengths', () => {
    const text = 'a'.repeat(279) + 'bc';
    const { state, notices } = parseUrl(`task=${text}`);
    expect(state.task).toBe('a'.repeat(279) + 'b');
    expect(notices).toEqual([{ param: 'task', given: '281', used: '280', kind: 'cut' }]);
  });

  it('keeps a text of exactly 280 characters whole, counting a Hangul syllable or an emoji as one', () => {
    const text = '가'.repeat(270) + '😀'.repeat(10);
    expect(text.length).toBe(290);
    const { state, notices } = parseUrl(new URLSearchParams({ task: text }).toString());
    expect(notices).toEqual([]);
    expect(state.task).toBe(text);
  });

  it('never cuts an emoji in half', () => {
    const text = 'x'.repeat(279) + '😀😀';
    expect(cutTask(text)).toBe('x'.repeat(279) + '😀');
    expect(taskLength(cutTask(text))).toBe(TASK_MAX);
  });
});
