import type { ImageReport } from '../../protocol.ts';

/** Cells per side of the drawing pad: the data set's digits were drawn on a 32×32 grid. */
export const PAD_SIDE = 32;
/** Cells per side of one block counted into one input pixel (32 / 8). */
export const PAD_BLOCK = 4;
/** Input pixels per side. */
export const IMAGE_SIDE = 8;
/** Validation images the gallery shows (the image report's first 48). */
export const GALLERY_SIZE = 48;

/**
 * A 32×32 drawing (row-major, 1 = ink) reduced as the data set was made: the inked cells of each 4×4 block
 * counted (0–16) and divided by 16, so an input pixel is in [0, 1] like the training inputs. Row-major 8×8.
 */
export function padToPixels(ink: Uint8Array): Float32Array {
  if (ink.length !== PAD_SIDE * PAD_SIDE) throw new RangeError(`a drawing has ${PAD_SIDE * PAD_SIDE} cells, not ${ink.length}`);
  const out = new Float32Array(IMAGE_SIDE * IMAGE_SIDE);
  for (let r = 0; r < PAD_SIDE; r++) {
    for (let c = 0; c < PAD_SIDE; c++) {
      if (ink[r * PAD_SIDE + c]) out[Math.floor(r / PAD_BLOCK) * IMAGE_SIDE + Math.floor(c / PAD_BLOCK)] += 1;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] /= PAD_BLOCK * PAD_BLOCK;
  return out;
}

/** True when nothing is drawn. */
export const padEmpty = (ink: Uint8Array): boolean => !ink.some((v) => v !== 0);

/** One run's confusion matrix as rows (true class) of counts, with each row's total and the correct count. */
export interface ConfusionTable {
  rows: number[][];
  rowTotals: number[];
  correct: number;
  total: number;
}

/** The 10×10 counts of a report (row = true class, column = guess) as a table, with totals. */
export function confusionTable(confusion: Uint32Array, classes = 10): ConfusionTable {
  const rows = Array.from({ length: classes }, (_, r) => Array.from(confusion.subarray(r * classes, (r + 1) * classes)));
  const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const correct = rows.reduce((a, row, r) => a + row[r], 0);
  return { rows, rowTotals, correct, total: rowTotals.reduce((a, b) => a + b, 0) };
}

/** One gallery image: its true class and each run's guess (null before that run's first report). */
export interface GalleryItem {
  label: number;
  guesses: (number | null)[];
}

/** The first `count` validation images with each run's guess, runs in order (a missing report: no guess). */
export function galleryItems(labels: Uint8Array, reports: readonly (ImageReport | undefined)[], count = GALLERY_SIZE): GalleryItem[] {
  const n = Math.min(count, labels.length);
  return Array.from({ length: n }, (_, i) => ({
    label: labels[i],
    guesses: reports.map((rep) => (rep && i < rep.predicted.length ? rep.predicted[i] : null)),
  }));
}

/** Where a unit's weights are strongest: the row and column (0-based) of its largest positive and most negative weight. */
export function unitExtremes(W: Float32Array, unit: number): { max: [number, number]; min: [number, number]; scale: number } {
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < 64; i++) {
    if (W[unit * 64 + i] > W[unit * 64 + hi]) hi = i;
    if (W[unit * 64 + i] < W[unit * 64 + lo]) lo = i;
  }
  const scale = Math.max(Math.abs(W[unit * 64 + hi]), Math.abs(W[unit * 64 + lo]));
  return { max: [Math.floor(hi / 8), hi % 8], min: [Math.floor(lo / 8), lo % 8], scale };
}
