import type { DataSpec, Dataset, DatasetName, GridSpec } from './types.ts';
import { createRng, type Rng } from './rng.ts';
import { DIGITS, digitsSets } from './digits.ts';

/** Default validation-set size. */
export const DEFAULT_VAL_SIZE = 500;

/** The extent that shows every dataset: points lie in about [−1, 1]², the grid spans [−1.5, 1.5]². */
export const DATA_EXTENT = { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 } as const;

/** A boundary grid over DATA_EXTENT with resolution² cells. */
export function defaultGrid(resolution: number): GridSpec {
  return { resolution, ...DATA_EXTENT };
}

/** Number of classes of a dataset (3 for spiral3, 10 for digits, else 2). */
export function classesOf(name: DatasetName): number {
  return name === 'spiral3' ? 3 : name === 'digits' ? DIGITS.classes : 2;
}

/** Inputs of a dataset's examples: 64 pixels for digits, else 2 coordinates. */
export function inputsOf(name: DatasetName): number {
  return name === 'digits' ? DIGITS.pixels : 2;
}

/**
 * Point i of a dataset, class c = i mod classes, written to xy[0..1]. Every point draws exactly
 * two uniforms and two normals (the input noise), so the first N points never depend on N.
 */
function samplePoint(name: DatasetName, c: number, noise: number, rng: Rng, xy: Float64Array): void {
  const u = rng.uniform();
  const v = rng.uniform();
  const nx = noise * rng.normal();
  const ny = noise * rng.normal();
  let px = 0, py = 0;
  switch (name) {
    case 'circles': {
      const r = c === 0 ? 0.5 * u : 0.7 + 0.3 * u;
      const t = 2 * Math.PI * v;
      px = r * Math.cos(t); py = r * Math.sin(t);
      break;
    }
    case 'xor': {
      const sx = u < 0.5 ? -1 : 1;
      const sy = c === 0 ? sx : -sx;
      px = sx * (0.05 + 0.95 * (2 * Math.abs(u - 0.5)));
      py = sy * (0.05 + 0.95 * v);
      break;
    }
    case 'gaussians': {
      const s = c === 0 ? 0.45 : -0.45;
      const r = 0.2 * Math.sqrt(-2 * Math.log(1 - u));
      px = s + r * Math.cos(2 * Math.PI * v); py = s + r * Math.sin(2 * Math.PI * v);
      break;
    }
    case 'spiral':
    case 'spiral3': {
      const arms = name === 'spiral' ? 2 : 3;
      const r = 0.05 + 0.95 * u;
      const t = 1.75 * 2 * Math.PI * u + (2 * Math.PI * c) / arms;
      px = r * Math.sin(t); py = r * Math.cos(t);
      break;
    }
    case 'moons': {
      const t = Math.PI * u;
      const mx = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const my = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      px = (mx - 0.5) / 1.5; py = (my - 0.25) / 1.5;
      break;
    }
    case 'digits':
      throw new RangeError("dataset 'digits' is not sampled: it is loaded (loadDigits)");
  }
  xy[0] = px + nx;
  xy[1] = py + ny;
}

/** n points from a shape stream and a label-noise stream; each point's labels draw a uniform and an integer. */
function makeSet(name: DatasetName, n: number, noise: number, labelNoise: number, shape: Rng, flips: Rng): Dataset {
  const classes = classesOf(name);
  const outputs = classes === 2 ? 1 : classes;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n * outputs);
  const labels = new Uint8Array(n);
  const xy = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    samplePoint(name, c, noise, shape, xy);
    x[2 * i] = xy[0];
    x[2 * i + 1] = xy[1];
    const flip = flips.uniform() < labelNoise;
    const other = (c + 1 + flips.int(classes - 1)) % classes;
    const label = flip ? other : c;
    labels[i] = label;
    if (outputs === 1) y[i] = label;
    else y[i * outputs + label] = 1;
  }
  return { x, y, labels, n, inputs: 2, outputs, classes };
}

/**
 * A training set of spec.trainSize points and an independent validation set (default 500), each from its own streams.
 * Digits: the first N of the fixed 1,200-image pool and the fixed 597 validation images (noise, label noise, seed and
 * valSize do not apply); a RangeError before loadDigits() has resolved.
 */
export function makeData(spec: DataSpec): { train: Dataset; val: Dataset } {
  const { name, noise, labelNoise, seed } = spec;
  if (name === 'digits') return digitsSets(spec.trainSize);
  const trainN = Math.max(0, Math.floor(spec.trainSize));
  const valN = Math.max(0, Math.floor(spec.valSize ?? DEFAULT_VAL_SIZE));
  return {
    train: makeSet(name, trainN, noise, labelNoise, createRng(seed, 'data-train'), createRng(seed, 'labels-train')),
    val: makeSet(name, valN, noise, labelNoise, createRng(seed, 'data-val'), createRng(seed, 'labels-val')),
  };
}

/**
 * A dataset of given points, used exactly as given: the first min(take, n) of them. x is n×2 row-major
 * float32, labels are class indices below `classes`. Labels outside that range throw a RangeError.
 */
export function datasetFromPoints(points: { x: Float32Array; labels: Uint8Array; n: number }, classes: number, take = points.n): Dataset {
  if (classes !== 2 && classes !== 3) throw new RangeError(`own data must have 2 or 3 classes, got ${classes}`);
  const n = Math.max(0, Math.min(Math.floor(take), points.n));
  const outputs = classes === 2 ? 1 : classes;
  const x = points.x.slice(0, 2 * n);
  const labels = points.labels.slice(0, n);
  const y = new Float32Array(n * outputs);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (c >= classes) throw new RangeError(`point ${i} has label ${c}, outside 0–${classes - 1}`);
    if (outputs === 1) y[i] = c;
    else y[i * outputs + c] = 1;
  }
  return { x, y, labels, n, inputs: 2, outputs, classes };
}
