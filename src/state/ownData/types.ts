/** Own data: points a learner drew, pasted, uploaded, linked or posted, as one plain serialisable object. */

/** Which set a point belongs to. */
export type Split = 'train' | 'val';

/** One point: coordinates are float32 values within ±EXTENT; label is a class index below `classes`. */
export interface OwnPoint {
  x: number;
  y: number;
  label: number;
  split: Split;
}

/** How given coordinates were mapped into ±EXTENT: stored = (given − offset) × scale. */
export interface Rescale {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/**
 * A learner's data set, in order (the first N training points are the ones an N of N trains on).
 * JSON- and structured-clone-safe: no typed arrays, no classes, no undefined fields.
 */
export interface OwnData {
  classes: 2 | 3;
  points: OwnPoint[];
  /** Class names as a CSV gave them (one per class); absent for 0/1/2 labels. */
  names?: string[];
  /** Present when the given coordinates did not fit and were rescaled. */
  rescale?: Rescale;
}

/** Points are kept exactly when every coordinate lies within ±EXTENT, the built-in sets' range. */
export const EXTENT = 1.5;
/** Most rows a CSV (and own data of any source) may have. */
export const MAX_ROWS = 5000;
/** Most points written into a link; larger data travels in the JSON export. */
export const MAX_URL_POINTS = 300;
/** Largest file read at all, in bytes, checked from its size before reading (a JSON export with a long history runs to a few MB). */
export const MAX_FILE_BYTES = 20_000_000;
/** Share of points kept for validation when a CSV has no split column. */
export const VAL_SHARE = 0.25;
/** Longest class name kept from a CSV. */
export const MAX_NAME_LENGTH = 40;
