// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { sent } from '../setup/poolLog.ts';
import { useLab } from '../../src/state/store.ts';
import { parseUrl } from '../../src/state/url.ts';
import { ControlsPanel } from '../../src/views/controls/ControlsPanel.tsx';
import { LessonArea } from '../../src/views/lesson/LessonArea.tsx';
import { TopBar } from '../../src/views/lesson/TopBar.tsx';
import { registerMessages } from '../../src/i18n/index.ts';
import { changeValue, mount, type Mounted } from './labRender.tsx';

vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }));

let m: Mounted | null = null;
beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  m?.unmount();
  m = null;
});
const $ = <E extends Element>(sel: string) => m!.container.querySelector<E>(sel);
/** The store a link leaves, as a mount patch. */
const link = (q: string) => ({ ...parseUrl(q).state, lang: 'en' as const });

describe('a knob the teacher locked', () => {
  it('shows its value in a read-only field with the lock hint, and every other knob keeps its editor', () => {
    m = mount(<ControlsPanel />, link('lesson=dropout&lock=l2,activation,batchNorm,seed&l2=0.003&seed=123456'));
    const l2 = $<HTMLInputElement>('#knob-l2')!;
    expect([l2.tagName, l2.type, l2.readOnly, l2.disabled, l2.value]).toEqual(['INPUT', 'text', true, false, '0.003']);
    expect(l2.getAttribute('aria-describedby')).toBe('knob-l2-hint');
    expect($('#knob-l2-hint')!.textContent).toBe(en['course.locked']);
    expect($<HTMLInputElement>('#knob-activation')!.value).toBe(en['opt.activation.relu']);
    expect($<HTMLInputElement>('#knob-batchNorm')!.value).toBe(en['opt.bool.false']);
    expect($<HTMLInputElement>('#knob-seed')!.value).toBe('123456');
    const readOnly = [...m.container.querySelectorAll('.knob input[readonly]')].map((e) => e.id);
    expect(readOnly).toEqual(['knob-activation', 'knob-batchNorm', 'knob-seed', 'knob-l2']);
    expect($<HTMLInputElement>('#knob-depth')!.type).toBe('range');
  });

  it('locks the comparison when it compares a locked knob: names and values read-only, no add or remove', () => {
    m = mount(<ControlsPanel />, link('lesson=dropout&lock=dropoutHidden'));
    expect($<HTMLInputElement>('#compare-knob')!.readOnly).toBe(true);
    expect($<HTMLInputElement>('#compare-knob')!.value).toBe(en['knob.dropoutHidden']);
    expect([$<HTMLInputElement>('#cmp-0')!.value, $<HTMLInputElement>('#cmp-1')!.value]).toEqual(['0', '0.5']);
    expect($<HTMLInputElement>('#cmp-1')!.readOnly).toBe(true);
    expect($('.add-value')).toBeNull();
    expect($('.compare-row .icon-button')).toBeNull();
    expect($('#compare-hint')!.textContent).toBe(en['course.locked']);
  });

  it('cannot be chosen as the compared knob', () => {
    m = mount(<ControlsPanel />, link('lesson=dropout&lock=l2'));
    const options = [...$<HTMLSelectElement>('#compare-knob')!.options].map((o) => o.value);
    expect(options).toContain('depth');
    expect(options).not.toContain('l2');
    changeValue($<HTMLSelectElement>('#compare-knob')!, 'depth');
    expect(useLab.getState().comparison.knob).toBe('depth');
  });

  it('keeps the lesson picker, ← / → and Restore away from lessons that would change it', () => {
    m = mount(<TopBar />, link('lesson=dropout&lock=l2'));
    const select = $<HTMLSelectElement>('[data-testid="lesson-select"]')!;
    expect(select.querySelector<HTMLOptionElement>('option[value="l2"]')!.disabled).toBe(true);
    expect(select.querySelector<HTMLOptionElement>('option[value="data"]')!.disabled).toBe(false);
    changeValue(select, 'l2');
    expect(useLab.getState().lessonId).toBe('dropout');
    // dropout → l2 is the next lesson: the Next button and → are off.
    const next = m.container.querySelector<HTMLButtonElement>(`button[aria-label="${en['classroom.nextLabel']}"]`)!;
    expect(next.disabled).toBe(true);
    expect(next.title).toBe(en['course.lessonLocked']);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    });
    expect(useLab.getState().lessonId).toBe('dropout');
    expect(sent).toEqual([]);
  });
});

describe('the teacher’s instruction', () => {
  it('shows over the lesson as a labelled note, markup as plain text', () => {
    const task = 'Why does <b>B</b> win? <img src=x onerror="alert(1)">';
    m = mount(<LessonArea />, { ...link('lesson=dropout'), task });
    const note = $('[role="note"]')!;
    expect(note.getAttribute('aria-labelledby')).toBe('task-title');
    expect($('#task-title')!.textContent).toBe(en['course.taskTitle']);
    expect(note.querySelector('p')!.textContent).toBe(task);
    expect(note.querySelector('b, img')).toBeNull();
    expect(m.container.querySelector('section.lesson')!.firstElementChild).toBe(note);
  });

  it('stays when controls= hides the lesson text, and is absent without task=', () => {
    m = mount(<LessonArea />, { ...link('lesson=dropout&controls=play'), task: 'Press Play.' });
    expect($('#lesson-title')).toBeNull();
    expect($('[role="note"] p')!.textContent).toBe('Press Play.');
    m.unmount();
    m = mount(<LessonArea />, link('lesson=dropout'));
    expect($('[role="note"]')).toBeNull();
  });

  it('is headed in Korean on a Korean page', () => {
    registerMessages('ko', ko);
    m = mount(<LessonArea />, { ...link('lesson=dropout'), lang: 'ko', task: '먼저 예측하세요.' });
    expect($('#task-title')!.textContent).toBe(ko['course.taskTitle']);
  });
});
