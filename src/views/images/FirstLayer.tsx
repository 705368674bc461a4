import { useEffect } from 'react';
import { interpolateRgb, piecewise } from 'd3';
import { plotCanvas } from '../ui/canvasLine.ts';
import { useDrawPixels } from '../ui/inSight.ts';
import { useSize } from '../ui/useSize.ts';
import { IMAGE_SIDE } from './imageData.ts';

/** PuOr (ColorBrewer, colour-blind safe): orange (negative) → near white (0) → purple (positive). */
const PU_OR = piecewise(interpolateRgb, ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788']);

/** Colour of a weight w on a unit's symmetric scale ±scale. */
export const weightColor = (w: number, scale: number): string => PU_OR(scale > 0 ? 0.5 + 0.5 * Math.max(-1, Math.min(1, w / scale)) : 0.5);

/** Least width of one unit's image (CSS px). */
const MIN_TILE = 40;

/** Up to 32 first-layer units of one run on one canvas: each unit's 64 weights as an 8×8 image, on its own ±max scale. */
export function FirstLayer({ W, units, label }: { W: Float32Array | null; units: number; label: string }) {
  const [ref, size] = useSize<HTMLCanvasElement>();
  const draw = useDrawPixels();
  const width = size.width || 400;
  const cols = Math.max(1, Math.min(16, Math.floor(width / MIN_TILE)));
  const tile = Math.floor(width / cols);
  const rows = Math.max(1, Math.ceil(units / cols));
  const height = rows * tile;
  useEffect(() => {
    if (!draw) return;
    const ctx = plotCanvas(ref.current, width, height, 0);
    if (!ctx) return;
    if (!W) return;
    const px = (tile - 4) / IMAGE_SIDE;
    for (let u = 0; u < units; u++) {
      let scale = 0;
      for (let i = 0; i < 64; i++) scale = Math.max(scale, Math.abs(W[u * 64 + i]));
      const x0 = (u % cols) * tile + 2;
      const y0 = Math.floor(u / cols) * tile + 2;
      for (let i = 0; i < 64; i++) {
        ctx.fillStyle = weightColor(W[u * 64 + i], scale);
        ctx.fillRect(x0 + (i % IMAGE_SIDE) * px, y0 + Math.floor(i / IMAGE_SIDE) * px, px + 0.5, px + 0.5);
      }
    }
  }, [draw, ref, W, units, width, height, cols, tile]);
  return <canvas ref={ref} className="images-first-layer" role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
