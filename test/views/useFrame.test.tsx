// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialLabState } from '../../src/state/store.ts';
import { useFrame } from '../../src/views/ui/useFrame.ts';
import { mount, setStore, type Mounted } from './labRender.tsx';

let frames: ((now: number) => void)[] = [];
let clock = 0;
let m: Mounted | undefined;

// The page's frame clock outlives each test: frames it asked for stay queued (never dropped), or it would wait forever.
beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (cb: (now: number) => void) => frames.push(cb));
});
afterEach(() => {
  m?.unmount();
  vi.unstubAllGlobals();
});

/** Runs the callbacks waiting for the next animation frame. */
function frame(ms = 16.7) {
  clock += ms;
  const due = frames;
  frames = [];
  act(() => due.forEach((cb) => cb(clock)));
}

let renders = 0;

/** Shows the seed from the clock's snapshot and counts its renders. */
function Seed({ every = 0 }: { every?: number }) {
  renders++;
  return <output>{useFrame(every).config.seed}</output>;
}

const seed = (n: number) => ({ config: { ...initialLabState.config, seed: n } });

const shown = () => Number(m!.container.querySelector('output')?.textContent);

describe('useFrame', () => {
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

  it('keeps a view’s least interval between redraws while training', () => {
    m = mount(<Seed every={250} />, { ...seed(1), playing: true });
    // Quick frames first: a frame left over from an earlier test measures as one long frame.
    for (let i = 0; i < 12; i++) frame();
    setStore(seed(2));
    frame();
    expect(shown()).toBe(2);
    setStore(seed(3));
    frame();
    expect(shown()).toBe(2);
    frame(250);
    expect(shown()).toBe(3);
  });

  it('does not redraw for store changes outside the drawing data (speed, notices, sound)', () => {
    m = mount(<Seed />, { ...seed(7), playing: false });
    const before = renders;
    setStore({ speed: 5, notices: [], sound: true });
    expect(renders).toBe(before);
    setStore(seed(8));
    expect(renders).toBe(before + 1);
    expect(shown()).toBe(8);
  });
});
