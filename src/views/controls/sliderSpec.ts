import type { KnobKey } from '../../protocol.ts';
import { KNOBS } from '../../state/knobs.ts';

/** How a numeric knob maps to a range input: its own scale, or an index into a list of stops. */
export type SliderSpec =
  | { kind: 'linear'; min: number; max: number; step: number }
  | { kind: 'stops'; stops: readonly number[] };

/** 1, 2, 3, 5 × each power of ten from 10^lo to 10^hi (the last decade ends at 10^hi). */
export function decadeStops(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = lo; e < hi; e++) for (const m of [1, 2, 3, 5]) out.push(Number((m * 10 ** e).toPrecision(3)));
  out.push(Number((10 ** hi).toPrecision(3)));
  return out;
}

/** Log-spaced stops of the knobs the task wants on log sliders; every lesson value is one of them. */
const STOPS: Partial<Record<KnobKey, readonly number[]>> = {
  learningRate: decadeStops(-5, 1),
  l2: [0, ...decadeStops(-5, -1)],
  trainSize: [10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1500, 2000, 3000, 4000, 5000],
  width: [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256],
  batchSize: [1, 2, 4, 8, 16, 25, 32, 50, 64, 100, 128, 200, 256, 500, 1000],
};

/** Steps per second of the speed slider (log, 1…1000). */
export const SPEED_STOPS: readonly number[] = decadeStops(0, 3);

/** The slider of a numeric knob, or null when a slider makes no sense (the seed). */
export function sliderSpec(key: KnobKey): SliderSpec | null {
  const def = KNOBS[key];
  if (def.kind !== 'number' || key === 'seed') return null;
  const stops = STOPS[key];
  if (stops) return { kind: 'stops', stops };
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

