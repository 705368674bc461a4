import { contours, geoPath, symbol } from 'd3';
import type { GridSpec, PointSet } from '../../protocol.ts';
import { CLASS_COLORS } from '../theme.ts';
import { boundaryPixels } from './colors.ts';
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

function drawPoints(ctx: CanvasRenderingContext2D, grid: GridSpec, size: number, pts: PointSet, filled: boolean): void {
  const gen = symbol().size(pointArea(size) * (filled ? 1 : 1.3)).context(ctx);
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
function drawDecisionLine(ctx: CanvasRenderingContext2D, probs: Float32Array, res: number, size: number): void {
  const [line] = contours().size([res, res]).thresholds([0.5])(Array.from(probs));
  ctx.save();
  ctx.scale(size / res, size / res);
  ctx.beginPath();
  geoPath(null, ctx)(line);
  ctx.restore();
  ctx.strokeStyle = '#222222';
  ctx.lineWidth = Math.max(1.5, size / 220);
  ctx.stroke();
}

/** Paints a decision boundary (smoothly upscaled), its 0.5 line, then validation (outlined) and training (filled) points. */
export function drawBoundary(ctx: CanvasRenderingContext2D, size: number, s: BoundaryScene): void {
  ctx.clearRect(0, 0, size, size);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size, size);
  const res = s.grid.resolution;
  if (s.probs && s.probs.length === res * res * s.outputs) {
    const cells = document.createElement('canvas');
    cells.width = res;
    cells.height = res;
    const cctx = cells.getContext('2d');
    if (cctx) {
      cctx.putImageData(new ImageData(boundaryPixels(s.probs, s.outputs, res) as Uint8ClampedArray<ArrayBuffer>, res, res), 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(cells, 0, 0, size, size);
    }
    if (s.outputs === 1) drawDecisionLine(ctx, s.probs, res, size);
  }
  if (s.showVal && s.val) drawPoints(ctx, s.grid, size, s.val, false);
  if (s.showTrain && s.train) drawPoints(ctx, s.grid, size, s.train, true);
}
