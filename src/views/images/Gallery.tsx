import { useEffect } from 'react';
import { plotCanvas } from '../ui/canvasLine.ts';
import { useDrawPixels } from '../ui/inSight.ts';
import { useSize } from '../ui/useSize.ts';
import { RUN_COLORS, RUN_DASHES } from '../ui/theme.ts';
import type { GalleryItem } from './imageData.ts';
import { colorTable, drawTiles } from './tiles.ts';

/** Ink dark on white: grey levels 0 (black) … 255 (white). */
const GREYS = colorTable((t) => `rgb(${Math.round(255 * t)}, ${Math.round(255 * t)}, ${Math.round(255 * t)})`);

/** Height of one run's guess line under an image (CSS px). */
const GUESS_H = 12;
/** Least width of one image cell (CSS px). */
const MIN_CELL = 34;

/** Columns and cell size of a gallery of `n` images in `width` px. */
export function galleryGrid(width: number, n: number): { cols: number; cell: number; rows: number } {
  const cols = Math.max(1, Math.min(n, Math.floor(width / MIN_CELL)));
  return { cols, cell: Math.floor(width / cols), rows: Math.ceil(n / cols) };
}

/**
 * The gallery on one canvas: each validation image (8×8, ink dark) with one line per run under it giving that
 * run's guess; a wrong guess is drawn on the run's colour, boxed in its dash pattern, a right one in grey.
 */
export function Gallery({ x, items, runs, label }: { x: Float32Array; items: GalleryItem[]; runs: number; label: string }) {
  const [ref, size] = useSize<HTMLCanvasElement>();
  const draw = useDrawPixels();
  const width = size.width || 400;
  const { cols, cell, rows } = galleryGrid(width, items.length);
  const cellH = cell + runs * GUESS_H + 4;
  const height = rows * cellH;
  useEffect(() => {
    if (!draw) return;
    const ctx = plotCanvas(ref.current, width, height, 0);
    if (!ctx) return;
    const img = cell - 4;
    ctx.font = `${GUESS_H - 2}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const at = (i: number): [number, number] => [(i % cols) * cell + 2, Math.floor(i / cols) * cellH + 2];
    drawTiles(ctx, x, items.length, GREYS, (_, v) => 255 * (1 - v), at, img);
    items.forEach((item, i) => {
      const [x0, y0] = at(i);
      ctx.strokeStyle = '#999';
      ctx.lineWidth = 1;
      ctx.setLineDash([]);
      ctx.strokeRect(x0 + 0.5, y0 + 0.5, img - 1, img - 1);
      item.guesses.forEach((g, r) => {
        if (g === null) return;
        const gy = y0 + img + r * GUESS_H + GUESS_H / 2 + 1;
        const wrong = g !== item.label;
        if (wrong) {
          const k = r % RUN_COLORS.length;
          ctx.fillStyle = RUN_COLORS[k];
          ctx.fillRect(x0, gy - GUESS_H / 2 + 1, img, GUESS_H - 2);
          ctx.strokeStyle = '#000';
          ctx.setLineDash(RUN_DASHES[k] ? RUN_DASHES[k].split(' ').map(Number) : []);
          ctx.strokeRect(x0 + 0.5, gy - GUESS_H / 2 + 1.5, img - 1, GUESS_H - 3);
          ctx.fillStyle = k === 7 || k === 0 ? '#fff' : '#000';
        } else {
          ctx.fillStyle = '#767676';
        }
        ctx.fillText(`${String.fromCharCode(65 + r)} ${g}${wrong ? '✗' : ''}`, x0 + img / 2, gy);
      });
    });
  }, [draw, ref, x, items, runs, width, height, cols, cell, cellH]);
  return <canvas ref={ref} className="images-gallery" role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
