import type { KnobKey, LabConfig } from '../protocol.ts';

/** How a knob's value is read, bounded and shown. */
export type KnobDef =
  | { kind: 'enum'; options: readonly string[] }
  | { kind: 'number'; min: number; max: number; step: number; log?: boolean; integer?: boolean }
  | { kind: 'bool' };

/** Every knob of a run with its domain. Order = order of the controls. */
export const KNOBS: { readonly [K in KnobKey]: KnobDef } = {
  dataset: { kind: 'enum', options: ['circles', 'xor', 'gaussians', 'spiral', 'moons', 'spiral3', 'own'] },
  noise: { kind: 'number', min: 0, max: 0.5, step: 0.01 },
  labelNoise: { kind: 'number', min: 0, max: 0.45, step: 0.01 },
  trainSize: { kind: 'number', min: 10, max: 5000, step: 1, integer: true, log: true },
  depth: { kind: 'number', min: 0, max: 20, step: 1, integer: true },
  width: { kind: 'number', min: 1, max: 256, step: 1, integer: true, log: true },
  activation: { kind: 'enum', options: ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'linear'] },
  init: { kind: 'enum', options: ['zero', 'small', 'standard', 'xavier', 'he', 'large'] },
  loss: { kind: 'enum', options: ['ce', 'mse'] },
  batchNorm: { kind: 'bool' },
  dropoutInput: { kind: 'number', min: 0, max: 0.9, step: 0.05 },
  dropoutHidden: { kind: 'number', min: 0, max: 0.9, step: 0.05 },
  l2: { kind: 'number', min: 0, max: 0.1, step: 0.0001 },
  optimizer: { kind: 'enum', options: ['sgd', 'momentum', 'adam'] },
  learningRate: { kind: 'number', min: 1e-5, max: 10, step: 1e-5, log: true },
  batchSize: { kind: 'number', min: 1, max: 1000, step: 1, integer: true, log: true },
  seed: { kind: 'number', min: 0, max: 2 ** 31 - 1, step: 1, integer: true },
  kernels: { kind: 'enum', options: ['simd', 'js'] },
};

export const KNOB_KEYS = Object.keys(KNOBS) as KnobKey[];

/** The configuration a bare page starts from (lesson 1's). */
export const DEFAULT_CONFIG: LabConfig = {
  dataset: 'circles',
  noise: 0.05,
  labelNoise: 0,
  trainSize: 200,
  depth: 8,
  width: 16,
  activation: 'sigmoid',
  init: 'xavier',
  loss: 'ce',
  batchNorm: false,
  dropoutInput: 0,
  dropoutHidden: 0,
  l2: 0,
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 32,
  seed: 1,
  // The best kernels; the worker uses JS where SIMD cannot run and the compute readout says so.
  kernels: 'simd',
};

/** A value as it is written in a URL. */
export function formatKnob(key: KnobKey, value: LabConfig[KnobKey]): string {
  const def = KNOBS[key];
  if (def.kind === 'bool') return value ? '1' : '0';
  if (def.kind === 'number') return String(Number((value as number).toPrecision(6)));
  return String(value);
}

/** Result of reading one knob value from text. */
export type ParsedKnob =
  | { ok: true; value: LabConfig[KnobKey]; adjusted?: 'clamped' | 'rounded' }
  | { ok: false };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads one knob from text: enums must match, numbers are clamped/rounded into range, bools take 1/0/true/false/on/off/yes/no. */
export function parseKnob(key: KnobKey, text: string): ParsedKnob {
  const def = KNOBS[key];
  const t = text.trim();
  switch (def.kind) {
    case 'enum': {
      const hit = def.options.find((o) => o.toLowerCase() === t.toLowerCase());
      return hit === undefined ? { ok: false } : { ok: true, value: hit as LabConfig[KnobKey] };
    }
    case 'bool': {
      const v = t.toLowerCase();
      if (['1', 'true', 'on', 'yes'].includes(v)) return { ok: true, value: true };
      if (['0', 'false', 'off', 'no'].includes(v)) return { ok: true, value: false };
      return { ok: false };
    }
    case 'number': {
      if (!NUMBER.test(t)) return { ok: false };
      const n = Number(t);
      if (!Number.isFinite(n)) return { ok: false };
      let v = Math.min(def.max, Math.max(def.min, n));
      let adjusted: 'clamped' | 'rounded' | undefined = v !== n ? 'clamped' : undefined;
      if (def.integer && !Number.isInteger(v)) {
        v = Math.round(v);
        adjusted ??= 'rounded';
      }
      return adjusted ? { ok: true, value: v, adjusted } : { ok: true, value: v };
    }
  }
}
