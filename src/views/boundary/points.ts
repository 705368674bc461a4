import { symbolCircle, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import type { GridSpec } from '../../protocol.ts';

/** Shape of each class, so classes differ without colour: circle, square, triangle. */
export const CLASS_SYMBOLS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle];

/** The d3 symbol of a class index. */
export function classSymbol(label: number): SymbolType {
  return CLASS_SYMBOLS[label % CLASS_SYMBOLS.length];
}

/** Maps data coordinates to canvas pixels of a size×size square over the grid's extent (y up). */
export function toPixel(grid: GridSpec, size: number, x: number, y: number): [number, number] {
  return [((x - grid.xMin) / (grid.xMax - grid.xMin)) * size, ((grid.yMax - y) / (grid.yMax - grid.yMin)) * size];
}

/** Symbol area in px² for a canvas of this size: about a 3.5 px radius at 400 px, never below 2.5 px. */
export function pointArea(size: number): number {
  const r = Math.max(2.5, size / 115);
  return Math.PI * r * r;
}
