import type { KnobKey } from '../../protocol.ts';
import { decadeStops, KNOBS } from '../../state/knobs.ts';

/** How a numeric knob maps to a range input: its own scale, or an index into a list of stops. */
export type SliderSpec =
  | { kind: 'linear'; min: number; max: number; step: number }
  | { kind: 'stops'; stops: readonly number[] };

/** Steps per second of the speed slider (log, 1…1000). */
export const SPEED_STOPS: readonly number[] = decadeStops(0, 3);

/** The slider of a numeric knob as its row gives it, or null for a number field (the seed) or a knob that is not a number. */
export function sliderSpec(key: KnobKey): SliderSpec | null {
  const def = KNOBS[key];
  if (def.kind !== 'number' || def.slider.scale === 'field') return null;
  if (def.slider.scale === 'stops') return { kind: 'stops', stops: def.slider.stops };
  return { kind: 'linear', min: def.min, max: def.max, step: def.step };
}

/** Index of the stop nearest to v (by ratio for positive values, so 0.07 sits by 0.05 and 0.1 fairly). */
export function nearestStop(stops: readonly number[], v: number): number {
  let best = 0;
  let bestDist = Infinity;
  for (let i = 0; i < stops.length; i++) {
    const s = stops[i];
    const d = s > 0 && v > 0 ? Math.abs(Math.log(s / v)) : Math.abs(s - v) * 1e6;
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  }
  return best;
}

