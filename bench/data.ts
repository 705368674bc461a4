/**
 * One tiny seeded generator shared by every engine, so all of them train on exactly the
 * same points: two concentric circles (inner = class 1), radius noise, inputs in about [−1, 1]².
 * It builds the Dataset shape of src/engine/types.ts so our trainer can take it as is.
 */
import type { Dataset } from '../src/engine/types.ts';
import { loadDigits, digitsSets } from '../src/engine/digits.ts';
import { DIGITS_URL } from '../src/worker/digitsUrl.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function circles(n: number, seed = 7, noise = 0.05): Dataset {
  const rnd = mulberry32(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const inner = i % 2 === 0;
    const r = (inner ? 0.35 : 0.85) + noise * (rnd() * 2 - 1);
    const t = rnd() * 2 * Math.PI;
    x[2 * i] = r * Math.cos(t);
    x[2 * i + 1] = r * Math.sin(t);
    labels[i] = inner ? 1 : 0;
    y[i] = labels[i];
  }
  return { x, y, labels, n, inputs: 2, outputs: 1, classes: 2 };
}

/** The first n training digits (64 inputs in [0, 1], one-hot over 10), read from src/engine/digits/digits.bin as the app's worker loads it. */
export async function digits(n: number): Promise<Dataset> {
  await loadDigits(DIGITS_URL);
  return digitsSets(n).train;
}
