import { interpolateRgb, piecewise } from 'd3';

/**
 * Colour maps as small functions (d3-scale-chromatic would bring every scheme's colour table into the
 * initial script: ~5 kB gzip for the two used here).
 */

const clamp255 = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** Cividis (Nuñez, Anderton & Renslow 2018) as the polynomial fit d3 uses: dark blue (0) → yellow (1), colour-blind safe. */
export function cividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  const r = -4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))));
  const g = 32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))));
  const b = 81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))));
  return `rgb(${clamp255(r)}, ${clamp255(g)}, ${clamp255(b)})`;
}

/** Magma (matplotlib) from 17 evenly spaced stops: black (0) → light yellow (1), perceptually uniform. */
const MAGMA_STOPS = ['#000004', '#0a0822', '#1d1147', '#36106b', '#51127c', '#6a1c81', '#832681', '#9c2e7f', '#b73779', '#d0416f', '#e75263', '#f56b5c', '#fc8961', '#fea772', '#fec488', '#fde2a3', '#fcfdbf'];
const magmaPieces = piecewise(interpolateRgb, MAGMA_STOPS);
export function magma(t: number): string {
  return magmaPieces(Math.max(0, Math.min(1, t)));
}
