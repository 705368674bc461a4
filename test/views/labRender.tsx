import { act, type ReactNode } from 'react';
import { initialLabState, useLab, type LabState } from '../../src/state/store.ts';
import { merged } from '../setup/merged.ts';
import { render, type Rendered } from './chartRender.tsx';

/** A rendered tree: its container, a re-render with new props and a way to take it down. */
export type Mounted = Pick<Rendered, 'container' | 'rerender' | 'unmount'>;

/** Resets the store to its initial state plus `patch` (as the merge would leave it: test/setup/merged.ts), then renders `node` into a fresh container. */
export function mount(node: ReactNode, patch: Partial<LabState> = {}): Mounted {
  useLab.setState({ ...initialLabState, ...merged(patch) }, true);
  return render(node);
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

/** Updates the store inside act(), as the merge would (test/setup/merged.ts). */
export function setStore(patch: Partial<LabState>): void {
  act(() => useLab.setState(merged(patch, useLab.getState())));
}
