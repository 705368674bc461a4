import { describe, expect, it } from 'vitest';
import { confusionTable, galleryItems, padEmpty, padToPixels, unitExtremes } from '../../../src/views/images/imageData.ts';
import { inkAt, inkLine, moveCursor } from '../../../src/views/images/padInk.ts';
import type { ImageReport } from '../../../src/protocol.ts';

/** A 32×32 drawing with the given (row, col) cells inked. */
const drawing = (cells: [number, number][]) => {
  const ink = new Uint8Array(32 * 32);
  for (const [r, c] of cells) ink[r * 32 + c] = 1;
  return ink;
};

describe('the pad’s 32×32 → 8×8 reduction (ink counted per 4×4 block, over 16)', () => {
  it('gives 64 zeros for an empty pad, and says it is empty', () => {
    const empty = drawing([]);
    expect(Array.from(padToPixels(empty))).toEqual(Array(64).fill(0));
    expect(padEmpty(empty)).toBe(true);
  });

  it('makes a full top-left block pixel 0 at full ink and leaves the others at 0', () => {
    const cells: [number, number][] = [];
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) cells.push([r, c]);
    const px = padToPixels(drawing(cells));
    expect(px[0]).toBe(1);
    expect(px.slice(1).every((v) => v === 0)).toBe(true);
  });

  it('puts one cell at (5, 9) into block row 1, column 2 (pixel 10) as 1/16', () => {
    const px = padToPixels(drawing([[5, 9]]));
    expect(px[10]).toBe(0.0625);
    expect(px.reduce((a, b) => a + b, 0)).toBe(0.0625);
    expect(padEmpty(drawing([[5, 9]]))).toBe(false);
  });

  it('counts three cells of the bottom-right block as 3/16 in pixel 63', () => {
    expect(padToPixels(drawing([[31, 31], [31, 30], [30, 31]]))[63]).toBe(0.1875);
  });

  it('turns a one-cell vertical line at column 13 into a quarter of ink down pixel column 3', () => {
    const px = padToPixels(drawing(Array.from({ length: 32 }, (_, r) => [r, 13] as [number, number])));
    for (let r = 0; r < 8; r++) {
      for (let c = 0; c < 8; c++) expect(px[r * 8 + c], `pixel ${r},${c}`).toBe(c === 3 ? 0.25 : 0);
    }
  });

  it('refuses a drawing of the wrong size, naming the sizes', () => {
    expect(() => padToPixels(new Uint8Array(64))).toThrow(/1024 cells, not 64/);
  });
});

describe('the pen', () => {
  it('inks a 2×2 square at its point, clipped at the pad’s edge, and returns the same drawing when nothing is new', () => {
    const once = inkAt(drawing([]), 10, 10);
    expect(once.reduce((a, b) => a + b, 0)).toBe(4);
    expect([once[10 * 32 + 10], once[10 * 32 + 11], once[11 * 32 + 10], once[11 * 32 + 11]]).toEqual([1, 1, 1, 1]);
    expect(inkAt(once, 10, 10)).toBe(once);
    expect(inkAt(drawing([]), 31, 31).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('draws every cell of a stroke, so a fast pointer leaves no gap: (0, 0) → (0, 10) inks rows 0–1, columns 0–11', () => {
    const line = inkLine(drawing([]), [0, 0], [0, 10]);
    expect(line.reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('moves the keyboard cursor one cell per arrow key, kept on the pad; other keys do not move it', () => {
    expect(moveCursor('ArrowRight', [4, 4])).toEqual([4, 5]);
    expect(moveCursor('ArrowUp', [0, 4])).toEqual([0, 4]);
    expect(moveCursor('ArrowDown', [31, 0])).toEqual([31, 0]);
    expect(moveCursor('a', [4, 4])).toBeNull();
  });
});

describe('the confusion table and the gallery, from an image report', () => {
  it('gives each row (true class) its counts and total, and the right guesses on the diagonal', () => {
    const m = new Uint32Array(100);
    m[0 * 10 + 0] = 5;
    m[0 * 10 + 3] = 2;
    m[4 * 10 + 1] = 1;
    m[9 * 10 + 9] = 7;
    const t = confusionTable(m);
    expect(t.rows[0]).toEqual([5, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    expect(t.rowTotals).toEqual([7, 0, 0, 0, 1, 0, 0, 0, 0, 7]);
    expect(t.correct).toBe(12);
    expect(t.total).toBe(15);
  });

  it('lists the first images with each run’s guess, no guess for a run without a report yet', () => {
    const rep = { predicted: new Uint8Array([3, 7, 4]) } as ImageReport;
    expect(galleryItems(new Uint8Array([3, 1, 4]), [rep, undefined], 2)).toEqual([
      { label: 3, guesses: [3, null] },
      { label: 1, guesses: [7, null] },
    ]);
  });

  it('finds where a unit’s largest positive and negative weights sit, and its scale', () => {
    const W = new Float32Array(128);
    W[64 + 10] = 0.5;
    W[64 + 63] = -0.8;
    W[5] = 9;
    expect(unitExtremes(W, 1)).toEqual({ max: [1, 2], min: [7, 7], scale: expect.closeTo(0.8, 6) });
  });
});
