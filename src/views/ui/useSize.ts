import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Measured content width (px, whole) and computed font size (px) of an element. */
export interface Size {
  width: number;
  fontPx: number;
}

/** Measures an element with a ResizeObserver; width is 0 until the first measurement. */
export function useSize<T extends HTMLElement>(): [RefObject<T | null>, Size] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>({ width: 0, fontPx: 16 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = (measured?: number) => {
      const width = Math.max(0, Math.floor(measured ?? el.clientWidth));
      const fontPx = parseFloat(getComputedStyle(el).fontSize) || 16;
      setSize((s) => (s.width === width && s.fontPx === fontPx ? s : { width, fontPx }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => read(entries[entries.length - 1]?.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
