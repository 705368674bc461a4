import { symbol } from 'd3';
import type { GridSpec } from '../../protocol.ts';
import type { OwnData } from '../../state/ownData/types.ts';
import { pathContext, type Context2D } from '../ui/canvasLine.ts';
import { CLASS_COLORS } from '../ui/theme.ts';
import { boundaryPixels } from './colors.ts';
import { classSymbol, pointArea } from './points.ts';

/** The editor shows a fixed square over ±VIEW data units: the ±1.5 points may take, and a margin. */
export const VIEW = 1.7;
/** Points may be drawn within ±DRAW (the built-in sets' range). */
export const DRAW = 1.5;

/** Data (x, y) → pixels of a size×size square, y up. */
export function toView(size: number, x: number, y: number): [number, number] {
  return [((x + VIEW) / (2 * VIEW)) * size, ((VIEW - y) / (2 * VIEW)) * size];
}

/** Pixels → data (x, y), clamped to the drawable ±DRAW. */
export function fromView(size: number, px: number, py: number): [number, number] {
  const clamp = (v: number) => Math.max(-DRAW, Math.min(DRAW, v));
  return [clamp((px / size) * 2 * VIEW - VIEW), clamp(VIEW - (py / size) * 2 * VIEW)];
}

/** One run's current boundary under the points, on the worker's grid. */
export interface Backdrop {
  probs: Float32Array;
  outputs: number;
  grid: GridSpec;
}

/** Paints the editor: white, the backdrop boundary (faded), the ±1.5 frame, validation points outlined, training points filled, the cursor. */
export function paintSurface(ctx: Context2D, size: number, data: OwnData | null, backdrop: Backdrop | null, cursor: { x: number; y: number } | null, cells: HTMLCanvasElement): void {
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  if (backdrop) {
    const res = backdrop.grid.resolution;
    if (backdrop.probs.length === res * res * backdrop.outputs) {
      cells.width = res;
      cells.height = res;
      cells.getContext('2d')?.putImageData(new ImageData(boundaryPixels(backdrop.probs, backdrop.outputs, res) as Uint8ClampedArray<ArrayBuffer>, res, res), 0, 0);
      const [x0, y0] = toView(size, backdrop.grid.xMin, backdrop.grid.yMax);
      const [x1, y1] = toView(size, backdrop.grid.xMax, backdrop.grid.yMin);
      ctx.globalAlpha = 0.7;
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(cells, x0, y0, x1 - x0, y1 - y0);
      ctx.globalAlpha = 1;
    }
  }
  const [f0] = toView(size, -DRAW, DRAW);
  ctx.setLineDash([4, 4]);
  ctx.strokeStyle = '#767676';
  ctx.lineWidth = 1;
  ctx.strokeRect(f0, f0, size - 2 * f0, size - 2 * f0);
  ctx.setLineDash([]);
  if (data) {
    const area = pointArea(size) * 2.4;
    for (const split of ['val', 'train'] as const) {
      const filled = split === 'train';
      const gen = symbol().size(filled ? area : area * 1.3).context(pathContext(ctx));
      ctx.lineWidth = filled ? 1 : Math.max(1.5, size / 220);
      for (const p of data.points) {
        if (p.split !== split) continue;
        const [px, py] = toView(size, p.x, p.y);
        const colour = CLASS_COLORS[p.label % CLASS_COLORS.length];
        ctx.save();
        ctx.translate(px, py);
        ctx.beginPath();
        gen.type(classSymbol(p.label))();
        ctx.fillStyle = filled ? colour : 'rgba(255,255,255,0.9)';
        ctx.strokeStyle = filled ? '#ffffff' : colour;
        ctx.fill();
        ctx.stroke();
        ctx.restore();
      }
    }
  }
  if (cursor) {
    const [cx, cy] = toView(size, cursor.x, cursor.y);
    const r = Math.max(8, size / 40);
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.moveTo(cx - 2 * r, cy);
    ctx.lineTo(cx - r / 2, cy);
    ctx.moveTo(cx + r / 2, cy);
    ctx.lineTo(cx + 2 * r, cy);
    ctx.moveTo(cx, cy - 2 * r);
    ctx.lineTo(cx, cy - r / 2);
    ctx.moveTo(cx, cy + r / 2);
    ctx.lineTo(cx, cy + 2 * r);
    ctx.stroke();
  }
}
