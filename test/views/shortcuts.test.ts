// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activatesOnSpace, shortcutOf, takesKeys, type KeyLike } from '../../src/views/lesson/shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutOf', () => {
  it('maps Space, S, R, D, ←, → and ? to their actions, letters in either case', () => {
    expect(shortcutOf(key(' '))).toBe('togglePlay');
    expect(shortcutOf(key('s'))).toBe('step');
    expect(shortcutOf(key('S'))).toBe('step');
    expect(shortcutOf(key('r'))).toBe('reset');
    expect(shortcutOf(key('d'))).toBe('describe');
    expect(shortcutOf(key('D'))).toBe('describe');
    expect(shortcutOf(key('ArrowLeft'))).toBe('prevLesson');
    expect(shortcutOf(key('ArrowRight'))).toBe('nextLesson');
    expect(shortcutOf(key('?', { shiftKey: true }))).toBe('help');
  });

  it('ignores every key pressed with Ctrl, Alt or Meta, so browser shortcuts like Ctrl+R keep working', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      for (const k of [' ', 's', 'r', 'ArrowLeft', 'ArrowRight', '?']) expect(shortcutOf(key(k, { [mod]: true })), `${mod}+${k}`).toBeNull();
    }
  });

  it('ignores Shift with letters, arrows and Space (text selection), but not the ? it produces', () => {
    expect(shortcutOf(key('S', { shiftKey: true }))).toBeNull();
    expect(shortcutOf(key('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(shortcutOf(key(' ', { shiftKey: true }))).toBeNull();
  });

  it('ignores other keys', () => {
    for (const k of ['a', 'Enter', 'Tab', 'Escape', 'ArrowUp', '1']) expect(shortcutOf(key(k)), k).toBeNull();
  });
});

describe('takesKeys and activatesOnSpace', () => {
  const el = (html: string) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    return box.firstElementChild!;
  };

  it('treats text fields, sliders, selects, text areas and editable text as typing targets', () => {
    for (const html of ['<input type="text">', '<input type="range">', '<select></select>', '<textarea></textarea>', '<div contenteditable="true"></div>']) {
      expect(takesKeys(el(html)), html).toBe(true);
    }
    expect(takesKeys(el('<button>x</button>'))).toBe(false);
    expect(takesKeys(null)).toBe(false);
  });

  it('knows which controls Space activates by itself', () => {
    expect(activatesOnSpace(el('<button>x</button>'))).toBe(true);
    expect(activatesOnSpace(el('<a href="#x">x</a>'))).toBe(true);
    expect(activatesOnSpace(el('<div role="button">x</div>'))).toBe(true);
    expect(activatesOnSpace(el('<div>x</div>'))).toBe(false);
  });
});
