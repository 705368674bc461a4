import { EXTENT, type Rescale } from './types.ts';

/**
 * Fits coordinates into ±EXTENT. When every value already lies within, they are kept exactly (as float32)
 * and no rescale is returned. Otherwise both axes are centred on their range's midpoint and multiplied by
 * one factor (shapes keep their aspect) so the wider axis spans exactly ±EXTENT.
 * xs, ys: given coordinates; returns float32 values.
 */
export function fitIntoExtent(xs: readonly number[], ys: readonly number[]): { x: number[]; y: number[]; rescale?: Rescale } {
  let inside = true;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i], y = ys[i];
    if (Math.abs(Math.fround(x)) > EXTENT || Math.abs(Math.fround(y)) > EXTENT) inside = false;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  if (inside) return { x: xs.map(Math.fround), y: ys.map(Math.fround) };
  const offsetX = (x0 + x1) / 2;
  const offsetY = (y0 + y1) / 2;
  const half = Math.max(x1 - x0, y1 - y0) / 2;
  const scale = EXTENT / half;
  const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, Math.fround((v) * scale)));
  return {
    x: xs.map((v) => clamp(v - offsetX)),
    y: ys.map((v) => clamp(v - offsetY)),
    rescale: { scale, offsetX, offsetY },
  };
}
