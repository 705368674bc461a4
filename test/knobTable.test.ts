import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { Activation, DatasetName, InitName, KernelKind, OptimizerName } from '../src/engine/types.ts';
import { en } from '../src/i18n/en.ts';
import { ko } from '../src/i18n/ko.ts';
import { KNOB_KEYS, KNOB_ROWS, KNOB_TABLE } from '../src/knobTable.ts';
import type { ConfiguredMessage, HistoryPoint, KnobKey, LabConfig, LossKnob } from '../src/protocol.ts';
import { DEFAULT_CONFIG, formatKnob, groupLabelKey, KNOBS, optionKey, parseKnob } from '../src/state/knobs.ts';
import { makeWorker, smallRuns } from './worker/harness.ts';

/** The options a row lists, as a type. */
type Listed<K extends keyof typeof KNOB_TABLE> = (typeof KNOB_TABLE)[K] extends { options: readonly (infer O)[] } ? O : never;

/** A value of the knob other than the base's, inside its domain (built-in data only: own data needs points). */
function otherValue(key: KnobKey, base: LabConfig): LabConfig[KnobKey] {
  const row = KNOB_ROWS[key];
  const current = base[key];
  if (row.kind === 'bool') return !current;
  if (row.kind === 'enum') return (row.options as readonly string[]).find((o) => o !== current && o !== 'own') as LabConfig[KnobKey];
  const candidates = row.slider.scale === 'stops' ? row.slider.stops : [row.min + Math.round((row.max - row.min) / 2 / row.step) * row.step, row.min];
  const mid = candidates[Math.floor(candidates.length / 2)];
  return mid !== current ? mid : candidates.find((v) => v !== current)!;
}

describe('knob table', () => {
  it('keeps the URL order of the knobs', () => {
    expect(KNOB_KEYS).toEqual([
      'dataset', 'noise', 'labelNoise', 'trainSize', 'depth', 'width', 'activation', 'init', 'loss', 'batchNorm',
      'dropoutInput', 'dropoutHidden', 'l2', 'optimizer', 'learningRate', 'batchSize', 'seed', 'kernels',
    ]);
  });

  it('lists exactly the members of the engine union for every enum knob', () => {
    expectTypeOf<Listed<'dataset'>>().toEqualTypeOf<DatasetName | 'own'>();
    expectTypeOf<Listed<'activation'>>().toEqualTypeOf<Activation>();
    expectTypeOf<Listed<'init'>>().toEqualTypeOf<InitName>();
    expectTypeOf<Listed<'loss'>>().toEqualTypeOf<LossKnob>();
    expectTypeOf<Listed<'optimizer'>>().toEqualTypeOf<OptimizerName>();
    expectTypeOf<Listed<'kernels'>>().toEqualTypeOf<KernelKind>();
    for (const key of KNOB_KEYS) {
      const row = KNOB_ROWS[key];
      if (row.kind === 'enum') expect(new Set(row.options).size, key).toBe(row.options.length);
    }
  });

  it('has every label, hint, option and group text in English and Korean', () => {
    const keys = KNOB_KEYS.flatMap((k) => {
      const row = KNOBS[k];
      const options = row.kind === 'enum' ? row.options.map((o) => optionKey(k, o)) : row.kind === 'bool' ? [optionKey(k, true), optionKey(k, false)] : [];
      return [row.label, row.hint, ...options, groupLabelKey(row.group)];
    });
    const enMap: Record<string, string> = en;
    const koMap: Record<string, string> = ko;
    expect(keys.filter((k) => !enMap[k])).toEqual([]);
    expect(keys.filter((k) => !koMap[k])).toEqual([]);
  });

  it('bounds every number by a min below its max, with its stops inside them and the default on its grid', () => {
    for (const key of KNOB_KEYS) {
      const row = KNOB_ROWS[key];
      const text = formatKnob(key, DEFAULT_CONFIG[key]);
      expect(parseKnob(key, text), key).toEqual({ ok: true, value: DEFAULT_CONFIG[key] });
      if (row.kind !== 'number') continue;
      expect(row.min, key).toBeLessThan(row.max);
      if (row.slider.scale !== 'stops') continue;
      const stops = row.slider.stops;
      expect(stops.every((s, i) => s >= row.min && s <= row.max && (i === 0 || s > stops[i - 1])), key).toBe(true);
    }
  });
});

describe("the worker's keep-or-rebuild follows the table's live flags", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const lastConfigured = (posted: { type: string }[]) => posted.filter((m): m is ConfiguredMessage => m.type === 'configured').pop()!;
  const numbersOf = (w: ReturnType<typeof makeWorker>) =>
    w.progress().flatMap((m) => m.updates.flatMap((r) => r.points.filter((p) => p.step > 0).map(({ seconds: _s, ...rest }: HistoryPoint) => ({ id: r.id, ...rest }))));

  for (const key of KNOB_KEYS) {
    const live = KNOB_ROWS[key].live;
    it(`${live ? 'keeps' : 'rebuilds'} the runs when ${key} changes`, () => {
      const base = smallRuns();
      const value = otherValue(key, base[0].config);
      const changed = base.map((s) => ({ ...s, config: { ...s.config, [key]: value } }));
      const w = makeWorker();
      w.handle({ type: 'configure', specs: base });
      w.handle({ type: 'configure', specs: changed });
      expect(lastConfigured(w.posted).kept).toBe(live);
      if (!live) return;
      // The kept runs train with the new value: not as the unchanged runs do. (Not always exactly as runs built with
      // it: a run built with dropout drew masks for its step-0 statistics, a kept one did not.)
      w.posted.length = 0;
      w.handle({ type: 'step', count: 10 });
      const unchanged = makeWorker();
      unchanged.handle({ type: 'configure', specs: base });
      unchanged.handle({ type: 'step', count: 10 });
      expect(numbersOf(w)).toHaveLength(numbersOf(unchanged).length);
      expect(numbersOf(w).length).toBeGreaterThan(0);
      expect(numbersOf(w)).not.toEqual(numbersOf(unchanged));
    });
  }
});
