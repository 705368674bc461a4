import { rgb } from 'd3';
import type { Context2D } from '../ui/canvasLine.ts';
import { IMAGE_SIDE } from './imageData.ts';

/** An RGB colour table of 256 entries from a colour function over [0, 1] (computed once, not per pixel). */
export function colorTable(color: (t: number) => string): Uint8ClampedArray {
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = rgb(color(i / 255));
    table.set([c.r, c.g, c.b], i * 3);
  }
  return table;
}

/**
 * Draws `n` 8×8 tiles on `ctx`: tile k's 64 values (row-major from `values`, at k × 64) mapped by `shade` to 0–255 in
 * `table`, put into one small bitmap and scaled up (no smoothing) to `size` px at `place(k)`. One putImageData and
 * n drawImage calls, where a rectangle per pixel would be 64 n fill calls, each with a colour string.
 */
export function drawTiles(
  ctx: Context2D,
  values: ArrayLike<number>,
  n: number,
  table: Uint8ClampedArray,
  shade: (k: number, v: number) => number,
  place: (k: number) => [number, number],
  size: number,
): void {
  if (n === 0 || typeof OffscreenCanvas !== 'function') return;
  const sheet = new OffscreenCanvas(IMAGE_SIDE * n, IMAGE_SIDE);
  const sctx = sheet.getContext('2d');
  if (!sctx) return;
  const img = sctx.createImageData(IMAGE_SIDE * n, IMAGE_SIDE);
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < 64; p++) {
      const i = Math.max(0, Math.min(255, Math.round(shade(k, values[k * 64 + p]))));
      const o = ((p >> 3) * IMAGE_SIDE * n + k * IMAGE_SIDE + (p & 7)) * 4;
      img.data[o] = table[i * 3];
      img.data[o + 1] = table[i * 3 + 1];
      img.data[o + 2] = table[i * 3 + 2];
      img.data[o + 3] = 255;
    }
  }
  sctx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  for (let k = 0; k < n; k++) {
    const [x, y] = place(k);
    ctx.drawImage(sheet, k * IMAGE_SIDE, 0, IMAGE_SIDE, IMAGE_SIDE, x, y, size, size);
  }
}
