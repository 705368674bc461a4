import { symbol } from 'd3';
import type { GridSpec, PointSet } from '../../protocol.ts';
import { pathContext, type Context2D } from '../ui/canvasLine.ts';
import { CLASS_COLORS } from '../ui/theme.ts';
import { boundaryPixels } from './colors.ts';
import { traceLine } from './decisionLine.ts';
import { classSymbol, pointArea, toPixel } from './points.ts';

/** What one boundary canvas shows. */
export interface BoundaryScene {
  probs: Float32Array | null;
  outputs: number;
  grid: GridSpec;
  train: PointSet | null;
  val: PointSet | null;
  showTrain: boolean;
  showVal: boolean;
}

function drawPoints(ctx: Context2D, grid: GridSpec, size: number, pts: PointSet, filled: boolean): void {
  const gen = symbol().size(pointArea(size) * (filled ? 1 : 1.3)).context(pathContext(ctx));
  ctx.lineWidth = filled ? 1 : Math.max(1.5, size / 260);
  for (let i = 0; i < pts.n; i++) {
    const [px, py] = toPixel(grid, size, pts.x[2 * i], pts.x[2 * i + 1]);
    const colour = CLASS_COLORS[pts.labels[i] % CLASS_COLORS.length];
    ctx.save();
    ctx.translate(px, py);
    ctx.beginPath();
    gen.type(classSymbol(pts.labels[i]))();
    if (filled) {
      ctx.fillStyle = colour;
      ctx.strokeStyle = '#ffffff';
      ctx.fill();
    } else {
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.strokeStyle = colour;
      ctx.fill();
    }
    ctx.stroke();
    ctx.restore();
  }
}

/** The p = 0.5 line of a two-class boundary, traced on the grid and scaled to the canvas. */
function drawDecisionLine(ctx: Context2D, probs: Float32Array, res: number, size: number): void {
  const k = size / res;
  ctx.beginPath();
  traceLine(probs, res, 0.5, (x0, y0, x1, y1) => {
    ctx.moveTo(x0 * k, y0 * k);
    ctx.lineTo(x1 * k, y1 * k);
  });
  ctx.strokeStyle = '#222222';
  ctx.lineWidth = Math.max(1.5, size / 220);
  ctx.lineCap = 'round';
  ctx.stroke();
}

/** Paints one canvas's boundaries over and over, keeping what does not change while training. */
export interface BoundaryPainter {
  /** Paints scene on a square of `size` CSS px drawn at `dpr` device pixels per px (the context is already scaled). */
  paint(ctx: Context2D, size: number, dpr: number, s: BoundaryScene): void;
}

/**
 * A painter for one canvas. The training and validation points do not move while a run trains, so they
 * are drawn once into a layer of their own and stamped over each new boundary: a redraw costs one small
 * upscale and two image copies instead of a path per point (1,300 per canvas in the more-data lesson).
 */
export function createBoundaryPainter(): BoundaryPainter {
  let cells: HTMLCanvasElement | null = null;
  let points: HTMLCanvasElement | null = null;
  let pointsOf: unknown[] = [];

  const pointsLayer = (size: number, dpr: number, s: BoundaryScene): HTMLCanvasElement | null => {
    // The grid arrives as a fresh object with every boundary message: compare its numbers, not its identity.
    const { xMin, xMax, yMin, yMax } = s.grid;
    const key = [s.train, s.val, s.showTrain, s.showVal, xMin, xMax, yMin, yMax, size, dpr];
    if (points && key.every((v, i) => v === pointsOf[i])) return points;
    points ??= document.createElement('canvas');
    const px = Math.round(size * dpr);
    points.width = px;
    points.height = px;
    const pctx = points.getContext('2d');
    if (!pctx) return null;
    pctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (s.showVal && s.val) drawPoints(pctx, s.grid, size, s.val, false);
    if (s.showTrain && s.train) drawPoints(pctx, s.grid, size, s.train, true);
    pointsOf = key;
    return points;
  };

  return {
    paint(ctx, size, dpr, s) {
      ctx.clearRect(0, 0, size, size);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, size, size);
      const res = s.grid.resolution;
      if (s.probs && s.probs.length === res * res * s.outputs) {
        cells ??= document.createElement('canvas');
        if (cells.width !== res) cells.width = res;
        if (cells.height !== res) cells.height = res;
        const cctx = cells.getContext('2d');
        if (cctx) {
          cctx.putImageData(new ImageData(boundaryPixels(s.probs, s.outputs, res) as Uint8ClampedArray<ArrayBuffer>, res, res), 0, 0);
          ctx.imageSmoothingEnabled = true;
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(cells, 0, 0, size, size);
        }
        if (s.outputs === 1) drawDecisionLine(ctx, s.probs, res, size);
      }
      const layer = pointsLayer(size, dpr, s);
      if (layer) ctx.drawImage(layer, 0, 0, size, size);
    },
  };
}
