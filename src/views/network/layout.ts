/** A drawn unit: where it sits and which unit of its layer it stands for. */
export interface UnitPos {
  x: number;
  y: number;
  index: number;
}

/** One column of the diagram: a layer's drawn units and how many were left out. */
export interface LayerColumn {
  x: number;
  size: number;
  units: UnitPos[];
  /** Units of this layer not drawn (shown as "+N"). */
  hidden: number;
}

/** Most units drawn per layer; the rest are summarised as "+N". */
export const UNIT_CAP = 16;

/**
 * Places layers (input → output, sizes as given) as evenly spaced columns in width × height,
 * each with up to `cap` units centred vertically, spaced at most `maxGap` apart. With `inputSide` (the digits: 8),
 * the inputs are drawn whole as an inputSide × inputSide block of pixels, row-major, at the left.
 */
export function networkLayout(layerSizes: readonly number[], width: number, height: number, cap = UNIT_CAP, maxGap = 26, inputSide = 0): LayerColumn[] {
  const n = layerSizes.length;
  const grid = inputSide > 0 && n > 1 && layerSizes[0] === inputSide * inputSide;
  const gridGap = grid ? Math.min(maxGap * 0.6, height / (inputSide + 1), width / (1.5 * n * inputSide)) : 0;
  const marginX = Math.min(28, width / (2 * Math.max(1, n)));
  // The block's half width (its centre is the first column's x) takes the place of the margin on the left.
  const left = grid ? Math.max(marginX, (gridGap * inputSide) / 2 + 2) : marginX;
  const span = width - left - marginX;
  const gap = Math.min(maxGap, height / (cap + 1));
  return layerSizes.map((size, l) => {
    const x = n === 1 ? width / 2 : left + (span * l) / (n - 1);
    if (grid && l === 0) {
      const half = ((inputSide - 1) * gridGap) / 2;
      const units = Array.from({ length: size }, (_, i) => ({
        x: x - half + (i % inputSide) * gridGap,
        y: height / 2 - half + Math.floor(i / inputSide) * gridGap,
        index: i,
      }));
      return { x, size, units, hidden: 0 };
    }
    const drawn = Math.min(size, cap);
    const top = height / 2 - ((drawn - 1) * gap) / 2;
    const units = Array.from({ length: drawn }, (_, i) => ({ x, y: top + i * gap, index: i }));
    return { x, size, units, hidden: size - drawn };
  });
}

/** One SVG path of every drawn edge between two columns (a layer's weight bundle). */
export function bundlePath(from: LayerColumn, to: LayerColumn): string {
  let d = '';
  for (const a of from.units) for (const b of to.units) d += `M${a.x.toFixed(1)},${a.y.toFixed(1)}L${b.x.toFixed(1)},${b.y.toFixed(1)}`;
  return d;
}

/** True when unit i of a layer was dropped in the latest step (mask 0); layers without a mask keep all. */
export function isDropped(masks: readonly Uint8Array[] | undefined, layer: number, unit: number): boolean {
  const m = masks?.[layer];
  return m !== undefined && unit < m.length && m[unit] === 0;
}
