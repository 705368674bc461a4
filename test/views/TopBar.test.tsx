// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sent } from '../setup/poolLog.ts';
import { activeChapters, chapterLessons, DEFAULT_LESSON, LESSONS } from '../../src/state/lessons.ts';
import { useLab } from '../../src/state/store.ts';
import { TopBar } from '../../src/views/lesson/TopBar.tsx';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { changeValue, click, mount, type Mounted } from './labRender.tsx';

// The pool's side of the page is a log of what the actions send it (test/setup/poolLog.ts); the clock stays real.
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
const byLabel = (label: string) => m!.container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });

describe('TopBar', () => {
  it('offers every lesson by number and title in a labelled select, with the current one selected', () => {
    m = mount(<TopBar />, { lessonId: 'dropout' });
    const select = $<HTMLSelectElement>('select')!;
    expect(select.closest('label')?.textContent).toContain(en['classroom.lesson']);
    expect([...select.options].map((o) => o.textContent)).toEqual(LESSONS.map((l, i) => `${i + 1}. ${en[`lessons.${l.id}.title` as keyof typeof en]}`));
    expect(select.value).toBe('dropout');
  });

  it('groups the lessons by chapter, in teaching order, each group named and numbered', () => {
    m = mount(<TopBar />);
    const groups = [...m.container.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual(activeChapters().map((c, i) => `Chapter ${i + 1}: ${en[`lessons.chapter.${c}`]}`));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const [i, g] of groups.entries()) {
      expect([...g.querySelectorAll('option')].map((o) => o.value)).toEqual(chapterLessons(activeChapters()[i]).map((l) => l.id));
    }
  });

  it('opens the picked lesson with its configuration and comparison', () => {
    m = mount(<TopBar />);
    changeValue($<HTMLSelectElement>('select')!, 'l2');
    const s = useLab.getState();
    expect(s.lessonId).toBe('l2');
    const l2 = LESSONS.find((l) => l.id === 'l2')!;
    expect(s.config).toEqual(l2.config);
    expect(s.comparison).toEqual(l2.comparison);
    expect(sent.map((m) => m.type).slice(-2)).toEqual(['configure', 'reset']);
  });

  it('disables Previous on the first lesson and Next on the last, and steps through the others', () => {
    m = mount(<TopBar />, { lessonId: LESSONS[0].id });
    expect(byLabel(en['classroom.prevLabel']).disabled).toBe(true);
    click(byLabel(en['classroom.nextLabel']));
    expect(useLab.getState().lessonId).toBe(LESSONS[1].id);
    click(byLabel(en['classroom.prevLabel']));
    expect(useLab.getState().lessonId).toBe(LESSONS[0].id);
    m.unmount();
    m = mount(<TopBar />, { lessonId: LESSONS[LESSONS.length - 1].id });
    expect(byLabel(en['classroom.nextLabel']).disabled).toBe(true);
  });

  it('switches the language with two pressed-state buttons and redraws the titles in Korean', () => {
    m = mount(<TopBar />);
    const group = $('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe(en['classroom.language']);
    const [enBtn, koBtn] = [...group.querySelectorAll('button')];
    expect(enBtn.getAttribute('aria-pressed')).toBe('true');
    click(koBtn);
    expect(useLab.getState().lang).toBe('ko');
    expect(koBtn.getAttribute('aria-pressed')).toBe('true');
    expect($<HTMLSelectElement>('select')!.options[0].textContent).toBe(`1. ${ko[`lessons.${LESSONS[0].id}.title` as keyof typeof ko]}`);
    expect($('optgroup')!.getAttribute('label')).toBe(`1장: ${ko[`lessons.chapter.${LESSONS[0].chapter}`]}`);
  });

  it('toggles presenter mode and says so with aria-pressed, hiding the tagline while presenting', () => {
    m = mount(<TopBar />);
    const btn = $<HTMLButtonElement>('[data-testid="present"]')!;
    expect(btn.getAttribute('aria-pressed')).toBe('false');
    expect($('.tagline')).not.toBeNull();
    click(btn);
    expect(useLab.getState().present).toBe(true);
    expect(btn.getAttribute('aria-pressed')).toBe('true');
    expect($('.tagline')).toBeNull();
  });

  it('lists the seven shortcuts behind the ? button, and Escape closes the list and returns focus', () => {
    m = mount(<TopBar />);
    const help = byLabel(en['classroom.shortcuts']);
    expect(help.getAttribute('aria-expanded')).toBe('false');
    click(help);
    const dialog = $('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    expect(help.getAttribute('aria-controls')).toBe(dialog.id);
    expect(dialog.querySelectorAll('dt')).toHaveLength(7);
    expect([...dialog.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual([en['classroom.spaceKey'], 'S', 'R', 'D', '←', '→', '?', 'Esc']);
    press('Escape');
    expect($('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(help);
  });

  it('opens and closes the list with the ? key', () => {
    m = mount(<TopBar />);
    press('?', { shiftKey: true });
    expect($('[role="dialog"]')).not.toBeNull();
    press('?', { shiftKey: true });
    expect($('[role="dialog"]')).toBeNull();
  });
});

describe('classroom shortcuts', () => {
  it('plays and pauses with Space, steps with S and resets with R', () => {
    m = mount(<TopBar />);
    press(' ');
    expect(useLab.getState().playing).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'play', until: DEFAULT_LESSON.horizon.value });
    press(' ');
    expect(useLab.getState().playing).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    press('s');
    expect(sent.at(-1)).toEqual({ type: 'step', count: 1 });
    press('r');
    expect(sent.at(-1)).toEqual({ type: 'reset' });
  });

  it('asks the narrator to describe the runs with D, in either case', () => {
    m = mount(<TopBar />);
    const before = useLab.getState().describeAsked;
    press('d');
    press('D');
    expect(useLab.getState().describeAsked).toBe(before + 2);
    expect(sent).toEqual([]);
  });

  it('moves between lessons with the arrow keys and stops at either end', () => {
    m = mount(<TopBar />, { lessonId: LESSONS[0].id });
    press('ArrowLeft');
    expect(useLab.getState().lessonId).toBe(LESSONS[0].id);
    press('ArrowRight');
    press('ArrowRight');
    expect(useLab.getState().lessonId).toBe(LESSONS[2].id);
    press('ArrowLeft');
    expect(useLab.getState().lessonId).toBe(LESSONS[1].id);
    m.unmount();
    m = mount(<TopBar />, { lessonId: LESSONS[LESSONS.length - 1].id });
    press('ArrowRight');
    expect(useLab.getState().lessonId).toBe(LESSONS[LESSONS.length - 1].id);
  });

  it('does nothing while typing in a field or with a modifier key held', () => {
    m = mount(<TopBar />);
    const input = document.createElement('input');
    document.body.appendChild(input);
    press(' ', {}, input);
    press('ArrowRight', {}, input);
    press('r', { ctrlKey: true });
    press('ArrowRight', { altKey: true });
    press('s', { metaKey: true });
    input.remove();
    press('ArrowRight', {}, $('select')!);
    expect(sent).toEqual([]);
    expect(useLab.getState().lessonId).toBe('vanishing');
    expect(useLab.getState().playing).toBe(false);
  });

  it('stops listening once the bar is gone', () => {
    m = mount(<TopBar />);
    m.unmount();
    m = null;
    press(' ');
    expect(sent).toEqual([]);
  });
});
