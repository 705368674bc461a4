import { CLASS_COLORS } from '../ui/theme.ts';

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** '#rrggbb' → [r, g, b]. */
export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const CLASS_RGB = CLASS_COLORS.map(hexToRgb);
/** Share of the class colour in a region the network is sure of; the rest is white, so points stay visible on top. */
export const MAX_TINT = 0.45;

/** The most probable class at a cell and how sure the network is (0 = undecided, 1 = certain). */
export function cellClass(probs: ArrayLike<number>, offset: number, outputs: number): { cls: number; confidence: number } {
  if (outputs === 1) {
    const p = probs[offset];
    return { cls: p >= 0.5 ? 1 : 0, confidence: Math.min(1, Math.abs(2 * p - 1)) };
  }
  let cls = 0;
  for (let k = 1; k < outputs; k++) if (probs[offset + k] > probs[offset + cls]) cls = k;
  const floor = 1 / outputs;
  return { cls, confidence: Math.max(0, Math.min(1, (probs[offset + cls] - floor) / (1 - floor))) };
}

/** Colour of a cell: white where undecided, towards the winning class colour as confidence grows (diverging for two classes). */
export function probabilityColor(probs: ArrayLike<number>, offset: number, outputs: number): Rgb {
  const { cls, confidence } = cellClass(probs, offset, outputs);
  const c = CLASS_RGB[cls % CLASS_RGB.length];
  const a = confidence * MAX_TINT;
  return [Math.round(255 + (c[0] - 255) * a), Math.round(255 + (c[1] - 255) * a), Math.round(255 + (c[2] - 255) * a)];
}

/** RGBA bytes of a resolution² grid of probabilities (row 0 at the top), ready for ImageData. */
export function boundaryPixels(probs: Float32Array, outputs: number, resolution: number): Uint8ClampedArray {
  const cells = resolution * resolution;
  const out = new Uint8ClampedArray(cells * 4);
  for (let i = 0; i < cells; i++) {
    const [r, g, b] = probabilityColor(probs, i * outputs, outputs);
    out[i * 4] = r;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = b;
    out[i * 4 + 3] = 255;
  }
  return out;
}
