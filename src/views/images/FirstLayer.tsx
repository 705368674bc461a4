import { useEffect } from 'react';
import { interpolateRgb, piecewise } from 'd3';
import { plotCanvas } from '../ui/canvasLine.ts';
import { useDrawPixels } from '../ui/inSight.ts';
import { useSize } from '../ui/useSize.ts';
import { colorTable, drawTiles } from './tiles.ts';

/** PuOr (ColorBrewer, colour-blind safe): orange (negative) → near white (0) → purple (positive). */
const PU_OR = piecewise(interpolateRgb, ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788']);

const PU_OR_TABLE = colorTable(PU_OR);

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
    // Each unit on its own symmetric scale: weight / max |weight| → 0 (orange) … 255 (purple).
    const scales = Array.from({ length: units }, (_, u) => {
      let m = 0;
      for (let i = 0; i < 64; i++) m = Math.max(m, Math.abs(W[u * 64 + i]));
      return m;
    });
    drawTiles(ctx, W, units, PU_OR_TABLE, (u, w) => 127.5 + 127.5 * (scales[u] > 0 ? w / scales[u] : 0), (u) => [(u % cols) * tile + 2, Math.floor(u / cols) * tile + 2], tile - 4);
  }, [draw, ref, W, units, width, height, cols, tile]);
  return <canvas ref={ref} className="images-first-layer" role="img" aria-label={label} style={{ height: `${height}px` }} />;
}
