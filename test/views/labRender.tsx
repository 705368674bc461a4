import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { initialLabState, useLab, type LabState } from '../../src/state/store.ts';

// React's act() wants to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A rendered tree: its container and a way to take it down. */
export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

/** Resets the store to its initial state plus `patch`, then renders `node` into a fresh container. */
export function mount(node: ReactNode, patch: Partial<LabState> = {}): Mounted {
  useLab.setState({ ...initialLabState, ...patch }, true);
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Sets a form control's value the way a person would (React sees the change). */
export function changeValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export function click(el: Element): void {
  act(() => (el as HTMLElement).click());
}

/** Updates the store inside act(). */
export function setStore(patch: Partial<LabState>): void {
  act(() => useLab.setState(patch));
}
