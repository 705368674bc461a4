import { createContext, useCallback, useContext, useSyncExternalStore, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useLab } from '../../state/store.ts';

/**
 * Which views are on screen, from one IntersectionObserver on the viewport itself (no margin: a view that comes
 * into sight draws in the next frame; with a margin of 200 px the charts just below the fold drew at full rate,
 * and in the deeper lesson at 1366×768 that alone made most frames at max speed long under a 4× throttle:
 * bench/README, "Pixels just below the fold"). A view out of sight while training redraws its words seldom
 * (useFrame) and its pixels not at all (useInSight): a canvas nobody sees costs as much to draw as one in view,
 * and in a phone-sized page most of them are below the fold (bench/README, "Pixels nobody sees").
 */
const onScreen = new WeakMap<Element, boolean>();
const watchers = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | null = null;

/** Whether a box is known to be out of sight (false while unknown: a box is drawn until told otherwise). */
export function outOfSight(el: Element | null | undefined): boolean {
  return !!el && onScreen.get(el) === false;
}

/** Watches a box; `changed` (if given) is called when it comes into or goes out of sight. Returns the unwatch. */
export function watchSight(el: Element, changed: () => void = () => {}): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (onScreen.get(e.target) === e.isIntersecting) continue;
        onScreen.set(e.target, e.isIntersecting);
        watchers.get(e.target)?.forEach((f) => f());
      }
    },
    { rootMargin: '0px' },
  );
  let set = watchers.get(el);
  if (!set) {
    set = new Set();
    watchers.set(el, set);
    observer.observe(el);
  }
  // A new function per watch, so two watches with the same callback are two entries.
  const entry = () => changed();
  set.add(entry);
  return () => {
    set.delete(entry);
    if (set.size > 0) return;
    watchers.delete(el);
    observer?.unobserve(el);
  };
}

/** Exports under way that need every pixel drawn, and the views listening for them. */
let exporting = 0;
const exportWatchers = new Set<() => void>();

/**
 * Runs `make` with every view's pixels drawn first, whether in sight or not (an export reads canvases
 * scrolled out of sight): the views redraw synchronously before `make` starts.
 */
export async function withEveryPixel<T>(make: () => Promise<T>): Promise<T> {
  exporting++;
  flushSync(() => exportWatchers.forEach((f) => f()));
  try {
    return await make();
  } finally {
    exporting--;
    exportWatchers.forEach((f) => f());
  }
}

/** Whether a view's pixels are drawn now: true unless the person is training and the view is out of sight. */
function drawsPixels(training: boolean, el: Element | null | undefined): boolean {
  return exporting > 0 || !training || !outOfSight(el);
}

/**
 * Whether the view in `box` draws its canvases now (see drawsPixels). False while it trains out of sight: its
 * canvases keep what they show and catch up when it comes back into sight, when training stops or for an export.
 */
export function useInSight(box: RefObject<Element | null>): boolean {
  const training = useLab((s) => s.playing);
  const subscribe = useCallback(
    (changed: () => void) => {
      const el = box.current;
      const unwatch = el ? watchSight(el, changed) : () => {};
      exportWatchers.add(changed);
      return () => {
        unwatch();
        exportWatchers.delete(changed);
      };
    },
    [box],
  );
  return useSyncExternalStore(subscribe, () => drawsPixels(training, box.current), () => true);
}

/** A panel's useInSight for the charts inside it (canvases read it with useContext); true outside any panel. */
export const InSight = createContext(true);

/** Whether the canvases of the enclosing panel draw now. */
export const useDrawPixels = (): boolean => useContext(InSight);
