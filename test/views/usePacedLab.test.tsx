// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLabState } from '../../src/state/store.ts';
import { usePacedLab } from '../../src/views/ui/usePacedLab.ts';
import { mount, setStore, type Mounted } from './labRender.tsx';

let frames: ((now: number) => void)[] = [];
let clock = 0;
let m: Mounted | undefined;

// The page's pacer outlives each test: frames it asked for stay queued (never dropped), or it would wait forever.
beforeEach(() => {
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

let renders = 0;

/** Shows the seed from the paced snapshot and counts its renders. */
function Seed() {
  renders++;
  return <output>{usePacedLab().config.seed}</output>;
}

const seed = (n: number) => ({ config: { ...initialLabState.config, seed: n } });

const shown = () => Number(m!.container.querySelector('output')?.textContent);

describe('usePacedLab', () => {
  it('follows the store at once while paused (a Step or Reset shows without waiting)', () => {
    m = mount(<Seed />, { ...seed(3), playing: false });
    setStore(seed(4));
    expect(shown()).toBe(4);
    setStore(seed(0));
    expect(shown()).toBe(0);
  });

  it('while training, shows new data at the next animation frame, then the newest', () => {
    m = mount(<Seed />, { ...seed(10), playing: true });
    setStore(seed(20));
    setStore(seed(30));
    expect(shown()).toBe(10);
    frame();
    expect(shown()).toBe(30);
  });

  it('when training stops, lets the Pause show first and the views catch up at the next frame', () => {
    m = mount(<Seed />, { ...seed(10), playing: true });
    setStore(seed(50));
    setStore({ ...seed(51), playing: false });
    expect(shown()).toBe(10);
    frame();
    expect(shown()).toBe(51);
    // Paused from then on: a Step shows at once.
    setStore(seed(52));
    expect(shown()).toBe(52);
  });

  it('does not redraw for store changes outside the drawing data (step counter, speed, notices)', () => {
    m = mount(<Seed />, { ...seed(7), playing: false });
    const before = renders;
    setStore({ step: 99, speed: 5, notices: [] });
    expect(renders).toBe(before);
    setStore(seed(8));
    expect(renders).toBe(before + 1);
    expect(shown()).toBe(8);
  });
});
