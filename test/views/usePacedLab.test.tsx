// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePacedLab } from '../../src/views/usePacedLab.ts';
import { mount, setStore, type Mounted } from './labRender.tsx';

let frames: ((now: number) => void)[] = [];
let clock = 0;
let m: Mounted | undefined;

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => frames.push(cb));
});
afterEach(() => {
  m?.unmount();
  vi.unstubAllGlobals();
});

/** Runs the callbacks waiting for the next animation frame. */
function frame() {
  clock += 16.7;
  const due = frames;
  frames = [];
  act(() => due.forEach((cb) => cb(clock)));
}

function Step() {
  return <output>{usePacedLab().step}</output>;
}

const shown = () => Number(m!.container.querySelector('output')?.textContent);

describe('usePacedLab', () => {
  it('follows the store at once while paused (a Step or Reset shows without waiting)', () => {
    m = mount(<Step />, { step: 3, playing: false });
    setStore({ step: 4 });
    expect(shown()).toBe(4);
    setStore({ step: 0 });
    expect(shown()).toBe(0);
  });

  it('while training, shows new data at the next animation frame, then the newest', () => {
    m = mount(<Step />, { step: 10, playing: true });
    setStore({ step: 20 });
    setStore({ step: 30 });
    expect(shown()).toBe(10);
    frame();
    expect(shown()).toBe(30);
  });

  it('shows the last numbers at once when training stops', () => {
    m = mount(<Step />, { step: 10, playing: true });
    setStore({ step: 50 });
    expect(shown()).toBe(10);
    setStore({ step: 51, playing: false });
    expect(shown()).toBe(51);
  });
});
