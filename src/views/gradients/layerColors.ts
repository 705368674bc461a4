import { color } from 'd3';
import { cividis, magma } from '../ui/colorMaps.ts';

/** Cividis stops used for layer depth; the lightest end is cut so every line stays visible on white. */
const DEPTH_RANGE = [0, 0.78] as const;

/** Colour of layer i of n (first hidden darkest … output lightest), colour-blind safe (cividis). */
export function layerColor(i: number, n: number): string {
  const t = n <= 1 ? 0 : i / (n - 1);
  return cividis(DEPTH_RANGE[0] + t * (DEPTH_RANGE[1] - DEPTH_RANGE[0]));
}

/** Interpolator of gradient magnitude in the heatmap: black (vanished) → light yellow (large); perceptually uniform. */
export const magnitudeInterpolator = magma;

/** 256 RGB triples of the magnitude interpolator, dark → light, for painting many cells fast. */
export const MAGNITUDE_LUT: Uint8ClampedArray = (() => {
  const lut = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = color(magnitudeInterpolator(i / 255))?.rgb();
    lut[i * 3] = c?.r ?? 0;
    lut[i * 3 + 1] = c?.g ?? 0;
    lut[i * 3 + 2] = c?.b ?? 0;
  }
  return lut;
})();

/** Index into MAGNITUDE_LUT of a positive value on a log domain, clamped to 0–255. */
export function magnitudeIndex(v: number, domain: readonly [number, number]): number {
  const l0 = Math.log10(domain[0]);
  const t = (Math.log10(v) - l0) / (Math.log10(domain[1]) - l0);
  return Math.max(0, Math.min(255, Math.round(t * 255)));
}

/** Short name of layer i of n (1-based hidden layers, the last one is the output). */
export function layerName(i: number, n: number, outputName: string): string {
  return i === n - 1 ? outputName : String(i + 1);
}

/** Short names of n layers: "1", "2", …, outputName. */
export function layerNames(n: number, outputName: string): string[] {
  return Array.from({ length: Math.max(0, n) }, (_, j) => layerName(j, n, outputName));
}
