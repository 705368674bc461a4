import type React from 'react';
import { useState } from 'react';

/** A step cursor moved by keys: ←/→ one recorded step, PageUp/PageDown ten, Home/End the ends, Escape clears. */
export interface StepCursor {
  /** The cursor's step snapped to a recorded one, or null when following the latest. */
  step: number | null;
  onKeyDown: (e: React.KeyboardEvent) => void;
  /** Puts the cursor on the recorded step nearest `step` (null follows the latest again). */
  select: (step: number | null) => void;
}

/** Keyboard cursor over ascending recorded steps; survives history thinning by snapping to the nearest step. */
export function useStepCursor(steps: readonly number[]): StepCursor {
  const [wanted, setWanted] = useState<number | null>(null);
  const i = wanted === null ? -1 : nearestIndex(steps, wanted);
  const step = i >= 0 ? steps[i] : null;
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (steps.length === 0) return;
    const last = steps.length - 1;
    const at = i >= 0 ? i : last;
    let next: number | null;
    switch (e.key) {
      case 'ArrowLeft':
        next = i >= 0 ? Math.max(0, at - 1) : last;
        break;
      case 'ArrowRight':
        next = i >= 0 ? Math.min(last, at + 1) : last;
        break;
      case 'PageUp':
        next = Math.max(0, at - 10);
        break;
      case 'PageDown':
        next = Math.min(last, at + 10);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        if (wanted === null) return;
        setWanted(null);
        e.preventDefault();
        e.stopPropagation();
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    setWanted(steps[next]);
  };
  return { step, onKeyDown, select: setWanted };
}

/** Index of the value in an ascending array nearest to v (-1 when empty). */
export function nearestIndex(sorted: readonly number[], v: number): number {
  if (sorted.length === 0) return -1;
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(sorted[lo - 1] - v) <= Math.abs(sorted[lo] - v)) return lo - 1;
  return lo;
}
