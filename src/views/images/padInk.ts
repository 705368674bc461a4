import { PAD_SIDE } from './imageData.ts';

/** Cells the pen inks around its point: a 2×2 square (a pen stroke on the data set's 32×32 grid is 1–3 cells wide). */
const PEN = 2;

/** The drawing with the pen put down at cell (row, col), clipped to the pad; the same array when nothing new is inked. */
export function inkAt(ink: Uint8Array, row: number, col: number): Uint8Array {
  let out = ink;
  for (let r = row; r < row + PEN; r++) {
    for (let c = col; c < col + PEN; c++) {
      if (r < 0 || c < 0 || r >= PAD_SIDE || c >= PAD_SIDE || out[r * PAD_SIDE + c]) continue;
      if (out === ink) out = ink.slice();
      out[r * PAD_SIDE + c] = 1;
    }
  }
  return out;
}

/** The drawing with a straight stroke from one cell to another (every cell on the way, so a fast pointer leaves no gaps). */
export function inkLine(ink: Uint8Array, from: [number, number], to: [number, number]): Uint8Array {
  const steps = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]), 1);
  let out = ink;
  for (let s = 0; s <= steps; s++) {
    out = inkAt(out, Math.round(from[0] + ((to[0] - from[0]) * s) / steps), Math.round(from[1] + ((to[1] - from[1]) * s) / steps));
  }
  return out;
}

/** The cursor moved by one cell for an arrow key, kept on the pad; null for any other key. */
export function moveCursor(key: string, [row, col]: [number, number]): [number, number] | null {
  const d: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const m = d[key];
  if (!m) return null;
  const clamp = (v: number) => Math.max(0, Math.min(PAD_SIDE - 1, v));
  return [clamp(row + m[0]), clamp(col + m[1])];
}
