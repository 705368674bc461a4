import { clamp } from './chartLayout.ts';

/**
 * How the views size themselves, in one place: derived from presenter mode (every view on one
 * projector screen) and from how many runs there are (more than two: a grid or a sweep, whose small
 * multiples pack tighter). A view reads its part of the description instead of branching on the modes.
 */
export interface ViewLayout {
  /**
   * tabIndex of a view's box. In presenter mode a box with many runs may overflow and scroll inside
   * itself: focusable, so the keyboard can scroll it too.
   */
  boxTabIndex: 0 | undefined;
  gradients: {
    /** Least width of one run's column, in ems. */
    columnEm: number;
    /** Height of one run's line chart for a column width. */
    chartHeight(colWidth: number, fontPx: number): number;
    /** Heatmap height cap in lines of text (undefined: the heatmap's own default). */
    heatmapLines: number | undefined;
  };
  health: {
    columnEm: number;
    /** Row height of a run's bars, in lines of text, for its number of layers (undefined: the chart's default). */
    rowLines(layers: number): number | undefined;
  };
  curves: {
    /** Height of the curves chart for the panel's width. */
    height(width: number, fontPx: number): number;
  };
}

/** Whether a comparison of `runs` runs counts as many (views pack smaller multiples). */
export const manyRuns = (runs: number): boolean => runs > 2;

function describe(present: boolean, many: boolean): ViewLayout {
  return {
    boxTabIndex: present ? 0 : undefined,
    gradients: {
      // Presenter mode keeps up to four in one row, so the views below still fit. Two runs sit side by side even in a
      // half-width panel of a 1280 px laptop (a lesson's two focus views share the first row), where the learner
      // compares their heights; more runs pack tighter still.
      columnEm: many ? (present ? 10 : 12) : 13,
      // Presenter mode fits every view on one screen, so its charts are flatter.
      chartHeight: present
        ? (w, f) => Math.round(clamp(w * 0.34, f * 6, f * 9))
        : (w, f) => Math.round(clamp(w * 0.5, f * (many ? 8 : 10), f * 18)),
      heatmapLines: present ? 6 : undefined,
    },
    health: {
      columnEm: many ? (present ? 12 : 14) : 17,
      // On a projector the bars of a deep net shrink so that all its layers fit.
      rowLines: present ? (layers) => Math.min(1.15, (layers > 10 ? 7.5 : 9) / Math.max(1, layers)) : () => undefined,
    },
    curves: {
      height: present ? (w, f) => Math.round(clamp(w * 0.4, f * 9, f * 12)) : (w, f) => Math.round(clamp(w * 0.45, f * 13, f * 24)),
    },
  };
}

const LAYOUTS = [describe(false, false), describe(false, true), describe(true, false), describe(true, true)];

/** The layout description for presenter mode on or off and a number of runs (the same object each time). */
export function viewLayout(present: boolean, runs: number): ViewLayout {
  return LAYOUTS[(present ? 2 : 0) + (manyRuns(runs) ? 1 : 0)];
}
