import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A rendered tree: its container, a re-render and an unmount. */
export interface Rendered {
  container: HTMLElement;
  rerender: (node: ReactNode) => void;
  unmount: () => void;
}

/** Renders a node into a fresh div attached to the document, inside act(). */
export function render(node: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    rerender: (n) => act(() => root.render(n)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Number of points in an SVG path drawn by d3.line/area with straight segments (M and L commands). */
export function pathPoints(d: string | null): number {
  return (d?.match(/[ML]/g) ?? []).length;
}

/** Makes every ResizeObserver report this content width once, on observe. */
export function mockResizeObserver(width: number): void {
  class FixedObserver {
    constructor(private cb: ResizeObserverCallback) {}
    observe(target: Element) {
      this.cb([{ target, contentRect: { width } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = FixedObserver as unknown as typeof ResizeObserver;
}

/** Dispatches a keydown with this key on an element, inside act(). */
export function press(el: Element, key: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
