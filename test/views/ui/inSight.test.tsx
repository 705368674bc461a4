// @vitest-environment happy-dom
import { act, useRef, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InSight, useDrawPixels, useInSight, watchSight, withEveryPixel } from '../../../src/views/ui/inSight.ts';
import { GradientChart } from '../../../src/views/gradients/GradientChart.tsx';
import { gradHistory } from '../chartFixtures.ts';
import { recordCanvasStrokes } from '../fakeCanvas.ts';
import { mount, setStore, type Mounted } from '../labRender.tsx';

/** The page's one IntersectionObserver, faked: what it observes, and a way to move a box in or out of sight. */
const io = { callback: null as IntersectionObserverCallback | null, observed: new Set<Element>() };
class FakeObserver {
  constructor(cb: IntersectionObserverCallback) {
    io.callback = cb;
  }
  observe(el: Element) { io.observed.add(el); }
  unobserve(el: Element) { io.observed.delete(el); }
  disconnect() { io.observed.clear(); }
}
// The module keeps the first observer it makes for the whole file, as a page does.
beforeAll(() => {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
});

function sight(el: Element, inView: boolean) {
  act(() => io.callback?.([{ target: el, isIntersecting: inView } as IntersectionObserverEntry], {} as IntersectionObserver));
}

/** A panel box with its charts: the box decides, a chart inside reads it. */
function Panel({ children }: { children?: ReactNode }) {
  const box = useRef<HTMLElement>(null);
  const inSight = useInSight(box);
  return (
    <section ref={box} data-testid="box">
      <InSight value={inSight}>{children ?? <Reader />}</InSight>
    </section>
  );
}
function Reader() {
  return <output>{useDrawPixels() ? 'draws' : 'waits'}</output>;
}

let m: Mounted | undefined;
afterEach(() => m?.unmount());
const box = () => m!.container.querySelector('[data-testid=box]')!;
const shown = () => m!.container.querySelector('output')?.textContent;

describe('useInSight', () => {
  it('draws while paused, whether in sight or not; waits only while training out of sight', () => {
    m = mount(<Panel />, { playing: false });
    expect(shown()).toBe('draws');
    sight(box(), false);
    expect(shown()).toBe('draws');
    setStore({ playing: true });
    expect(shown()).toBe('waits');
    sight(box(), true);
    expect(shown()).toBe('draws');
    sight(box(), false);
    expect(shown()).toBe('waits');
    // Training stops: everything is drawn for the person who is now looking.
    setStore({ playing: false });
    expect(shown()).toBe('draws');
  });

  it('draws every pixel for an export, out of sight too, and waits again after it', async () => {
    m = mount(<Panel />, { playing: true });
    sight(box(), false);
    expect(shown()).toBe('waits');
    let during = '';
    await act(() => withEveryPixel(async () => { during = shown() ?? ''; }));
    expect(during).toBe('draws');
    expect(shown()).toBe('waits');
  });

  it('keeps watching a box while another watch of it remains', () => {
    const el = document.createElement('div');
    let a = 0;
    let b = 0;
    const stopA = watchSight(el, () => a++);
    const stopB = watchSight(el, () => b++);
    sight(el, false);
    stopA();
    expect(io.observed.has(el)).toBe(true);
    sight(el, true);
    expect([a, b]).toEqual([1, 2]);
    stopB();
    expect(io.observed.has(el)).toBe(false);
  });
});

describe('a gradient chart out of sight while training', () => {
  let canvas: ReturnType<typeof recordCanvasStrokes>;
  beforeEach(() => { canvas = recordCanvasStrokes(); });
  afterEach(() => canvas.restore());
  const props = { metric: 'gradNorm' as const, layerCount: 1, xDomain: [0, 400] as const, yDomain: [1e-8, 1] as const, width: 400, height: 200, fontPx: 16, label: 'A', xTitle: 'Step' };
  const h = gradHistory(40, 1, (i) => 1e-3 * (1 + i / 40));

  it('strokes nothing until it is back in sight, then only the points it had not drawn', () => {
    m = mount(<Panel><GradientChart {...props} points={h.slice(0, 20)} /></Panel>, { playing: true });
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[20]]);
    sight(box(), false);
    m.rerender(<Panel><GradientChart {...props} points={h.slice(0, 30)} /></Panel>);
    m.rerender(<Panel><GradientChart {...props} points={h} /></Panel>);
    expect(canvas.strokes).toHaveLength(1);
    sight(box(), true);
    // One more stroke, from the last point drawn before (19) to the newest (39): 21 points, nothing redrawn.
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[20], [21]]);
    expect(m.container.querySelector('canvas')?.getAttribute('data-points')).toBe('40');
  });
});
