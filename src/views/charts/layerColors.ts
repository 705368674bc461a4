import { interpolateCividis, interpolateMagma, scaleSequentialLog } from 'd3';

/** Cividis stops used for layer depth; the lightest end is cut so every line stays visible on white. */
const DEPTH_RANGE = [0, 0.78] as const;

/** Colour of layer i of n (first hidden darkest … output lightest), colour-blind safe (cividis). */
export function layerColor(i: number, n: number): string {
  const t = n <= 1 ? 0 : i / (n - 1);
  return interpolateCividis(DEPTH_RANGE[0] + t * (DEPTH_RANGE[1] - DEPTH_RANGE[0]));
}

/** Interpolator of gradient magnitude in the heatmap: black (vanished) → light yellow (large); perceptually uniform. */
export const magnitudeInterpolator = interpolateMagma;

/** Log colour scale of magnitude over a shared domain, clamped at its ends. */
export function magnitudeColor(domain: readonly [number, number]) {
  return scaleSequentialLog(magnitudeInterpolator).domain(domain).clamp(true);
}

/** Short name of layer i of n (1-based hidden layers, the last one is the output). */
export function layerName(i: number, n: number, outputName: string): string {
  return i === n - 1 ? outputName : String(i + 1);
}

/** Short names of n layers: "1", "2", …, outputName. */
export function layerNames(n: number, outputName: string): string[] {
  return Array.from({ length: Math.max(0, n) }, (_, j) => layerName(j, n, outputName));
}
