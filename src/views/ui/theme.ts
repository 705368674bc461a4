/**
 * Colours and dash patterns of the runs, by position (A, B, …): Okabe–Ito colours, safe for
 * the common colour-vision deficiencies, each paired with its own dash pattern so runs stay
 * distinguishable without colour.
 */
export const RUN_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#000000'] as const;
export const RUN_DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 3', '10 4', '4 4', '3 1'] as const;

/** Colour of run i (0 = A). */
export function runColor(i: number): string {
  return RUN_COLORS[i % RUN_COLORS.length];
}

/** Class colours for data points and decision regions (2 or 3 classes), colour-blind safe. */
export const CLASS_COLORS = ['#0072b2', '#d55e00', '#009e73'] as const;
