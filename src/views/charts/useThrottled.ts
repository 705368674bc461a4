import { useEffect, useReducer, useRef } from 'react';

/**
 * The value, passed on at most once every `ms` milliseconds (0 = every change); a held-back
 * newer value is delivered by a trailing re-render, so the last value always arrives.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const held = useRef({ value, at: -Infinity });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const now = performance.now();
  if (value !== held.current.value && (ms <= 0 || now - held.current.at >= ms)) held.current = { value, at: now };
  const behind = value !== held.current.value;
  useEffect(() => {
    if (!behind) return;
    const id = setTimeout(rerender, Math.max(0, ms - (performance.now() - held.current.at)));
    return () => clearTimeout(id);
  }, [behind, value, ms]);
  return held.current.value;
}
