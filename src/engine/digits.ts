/**
 * The 8×8 handwritten digits (UCI "Optical Recognition of Handwritten Digits", E. Alpaydin and
 * C. Kaynak, 1998, CC BY 4.0; scikit-learn's copy of its test set): 1,797 images, pixels 0–16,
 * labels 0–9. Loaded once from src/engine/digits/digits.bin (see src/engine/digits/make-digits.mjs for its layout), checked
 * by length and CRC-32, split once by a fixed seed into 597 validation images and a training pool
 * of 1,200; makeData takes the first N of the pool. Until loadDigits() resolves, makeData throws.
 */
import type { Dataset, DigitsProblem } from './types.ts';
import { createRng } from './rng.ts';

/** The facts of the digits file and its split. */
export const DIGITS = {
  images: 1797,
  /** Pixels per image, row-major 8×8: the network's inputs. */
  pixels: 64,
  side: 8,
  classes: 10,
  /** Largest pixel value; inputs are value / maxValue, in [0, 1]. */
  maxValue: 16,
  /** Length of src/engine/digits/digits.bin: images × pixels pixel bytes, then images label bytes. */
  bytes: 1797 * 65,
  /** CRC-32 (IEEE, as zlib) of src/engine/digits/digits.bin. */
  crc32: 0xb89daea8,
  /** Validation images (fixed, whatever N) and the training pool N takes its first N from. */
  valSize: 597,
  poolSize: 1200,
  /** Seed of the split's shuffle (stream 'digits-split'): a constant, so every run and seed sees the same split. */
  splitSeed: 24,
} as const;

/** A digits file that could not be used; problem says which check failed, the message says what was found. */
export class DigitsLoadError extends Error {
  readonly problem: DigitsProblem;
  constructor(problem: DigitsProblem, message: string) {
    super(message);
    this.name = 'DigitsLoadError';
    this.problem = problem;
  }
}

/** Where the file comes from: its bytes, or a URL (fetched; in Node a file: URL or a path is read from disk). */
export type DigitsSource = Uint8Array | ArrayBuffer | URL | string;

/** The split digits, inputs scaled to [0, 1]. */
export interface DigitsData {
  /** The 1,200 training images; a run of N trains on the first N. */
  pool: Dataset;
  /** The 597 validation images. */
  val: Dataset;
}

let loaded: DigitsData | null = null;
let pending: Promise<DigitsData> | null = null;

/** CRC-32 (IEEE polynomial, reflected, as zlib and gzip). */
export function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < bytes.length; i++) {
    c ^= bytes[i];
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** Node's fs, without importing it (the engine bundles for browsers and plain esbuild alike); undefined elsewhere. */
function nodeFs(): { promises: { readFile(p: string | URL): Promise<Uint8Array> } } | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  return proc?.getBuiltinModule?.('node:fs') as ReturnType<typeof nodeFs>;
}

/** A file: URL, or a string with no scheme (a path): what Node reads from disk. */
function onDisk(source: URL | string): boolean {
  if (source instanceof URL) return source.protocol === 'file:';
  return source.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(source);
}

async function readSource(source: DigitsSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  try {
    const fs = nodeFs();
    if (fs && onDisk(source)) return await fs.promises.readFile(source.toString().startsWith('file:') ? new URL(source) : source);
    const res = await fetch(source);
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new DigitsLoadError('fetch', `the digits data (${String(source)}) could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Checks the file's length, checksum and values; throws a DigitsLoadError naming the first that is wrong. */
export function parseDigits(bytes: Uint8Array): DigitsData {
  const { images, pixels, classes, maxValue } = DIGITS;
  if (bytes.length !== DIGITS.bytes) {
    throw new DigitsLoadError('length', `the digits data has ${bytes.length} bytes, expected ${DIGITS.bytes}`);
  }
  const crc = crc32(bytes);
  if (crc !== DIGITS.crc32) {
    throw new DigitsLoadError('checksum', `the digits data is corrupt: CRC-32 0x${crc.toString(16)}, expected 0x${DIGITS.crc32.toString(16)}`);
  }
  // Unreachable for a file that passed the checksum; kept so a wrong constant can never yield NaN inputs.
  for (let i = 0; i < images * pixels; i++) {
    if (bytes[i] > maxValue) throw new DigitsLoadError('values', `digit ${Math.floor(i / pixels)} has pixel value ${bytes[i]} > ${maxValue}`);
  }
  for (let i = 0; i < images; i++) {
    if (bytes[images * pixels + i] >= classes) throw new DigitsLoadError('values', `digit ${i} has label ${bytes[images * pixels + i]}`);
  }
  const order = splitOrder();
  return {
    val: subset(bytes, order.subarray(0, DIGITS.valSize)),
    pool: subset(bytes, order.subarray(DIGITS.valSize)),
  };
}

/** The images in split order: a Fisher–Yates shuffle of 0 … 1,796 from the fixed split seed. */
export function splitOrder(): Uint32Array {
  const o = new Uint32Array(DIGITS.images);
  for (let i = 0; i < o.length; i++) o[i] = i;
  const rng = createRng(DIGITS.splitSeed, 'digits-split');
  for (let i = o.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = o[i]; o[i] = o[j]; o[j] = t;
  }
  return o;
}

/** The images `which` of the file as a dataset: inputs value/16, one-hot targets over 10 classes. */
function subset(bytes: Uint8Array, which: Uint32Array): Dataset {
  const { images, pixels, classes, maxValue } = DIGITS;
  const n = which.length;
  const x = new Float32Array(n * pixels);
  const y = new Float32Array(n * classes);
  const labels = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const e = which[r];
    for (let j = 0; j < pixels; j++) x[r * pixels + j] = bytes[e * pixels + j] / maxValue;
    labels[r] = bytes[images * pixels + e];
    y[r * classes + labels[r]] = 1;
  }
  return { x, y, labels, n, inputs: pixels, outputs: classes, classes };
}

/**
 * Loads and checks the digits once (later calls share the first load; after a failure the next call
 * tries again). In a browser or worker, source is fetched; in Node a path or file: URL is read from disk.
 * Rejects with a DigitsLoadError (problem: fetch, length, checksum or values).
 */
export function loadDigits(source: DigitsSource): Promise<DigitsData> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= readSource(source)
    .then((bytes) => (loaded = parseDigits(bytes)))
    .finally(() => { pending = null; });
  return pending;
}

/** The loaded digits, or null before loadDigits() has resolved. */
export function digitsData(): DigitsData | null {
  return loaded;
}

/** The digits a run uses: the first min(N, 1,200) pool images and all 597 validation images; a RangeError before loadDigits(). */
export function digitsSets(trainSize: number): { train: Dataset; val: Dataset } {
  if (!loaded) throw new RangeError("dataset 'digits' is not loaded yet: await loadDigits() first");
  const n = Math.max(0, Math.min(Math.floor(trainSize), DIGITS.poolSize));
  const { pool, val } = loaded;
  const { pixels, classes } = DIGITS;
  const train: Dataset = {
    x: pool.x.subarray(0, n * pixels), y: pool.y.subarray(0, n * classes), labels: pool.labels.subarray(0, n),
    n, inputs: pixels, outputs: classes, classes,
  };
  return { train, val };
}
