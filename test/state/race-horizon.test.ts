import { beforeEach, describe, expect, it } from 'vitest';
import type { ConfiguredMessage, HistoryPoint, ProgressMessage, RunInfo } from '../../src/protocol.ts';
import { defaultGrid } from '../../src/engine/data.ts';
import { initLab, play, reset, setLesson } from '../../src/state/actions.ts';
import { selectHorizonReached } from '../../src/state/horizon.ts';
import { findLesson } from '../../src/state/lessons.ts';
import { useLab } from '../../src/state/store.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { fakePool } from './fakePool.ts';

// The race lesson pauses in the page (the workers do not know its horizon): these play one worker of the pool by
// hand, through a fake host, drain the pool into the store as a frame would, and watch what is sent back.
const pool = fakePool();
const { sent, say } = pool;
const answer = (kept: boolean) => pool.answer(() => configured(kept));

const hardware = findLesson('hardware')!;
const target = hardware.target!.valAcc;
const IDS = ['A', 'B', 'C', 'D'];

const info = (id: string): RunInfo => ({
  id, label: id, layerSizes: [2, 4, 1], classes: 2,
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  kernels: 'js',
  config: DEFAULT_CONFIG,
});
const configured = (kept: boolean): ConfiguredMessage => ({
  type: 'configured', runs: IDS.map(info), grid: defaultGrid(4),
  kept, kernels: { available: 'js' } as ConfiguredMessage['kernels'], mode: 'race',
});
/** A progress message in which every run is at `step`, has trained `seconds` and validates at the given accuracies. */
function progress(step: number, seconds: number, valAccs: number[], playing = true): ProgressMessage {
  const point = (valAcc: number): HistoryPoint => ({
    step, seconds, epoch: 0, trainLoss: 0.3, trainAcc: valAcc, valLoss: 0.3, valAcc, layers: [],
  });
  return {
    type: 'progress', step, epoch: 0, playing, stepsPerSecond: 100, examplesPerSecond: 3200,
    updates: IDS.map((id, i) => ({
      id, status: 'training', step, seconds, stepsPerSecond: 100, batchLoss: 0.3, layers: [], masks: [], points: [point(valAccs[i])],
    })),
  };
}
const pauses = () => sent.filter((m) => m.type === 'pause').length;

beforeEach(() => {
  initLab('?lesson=hardware', ['en'], pool.host);
  setLesson('hardware');
  answer(false);
});

describe('a race lesson’s horizon', () => {
  it('pauses the race once, when every run reaches the target, and stays reached through Keep training', () => {
    play();
    say(progress(100, 2, [target, target + 0.01, 0.5, 0.6]));
    expect(pauses()).toBe(0);
    say(progress(200, 4, [target, target + 0.01, target + 0.02, target]));
    expect(pauses()).toBe(1);
    expect(useLab.getState().playing).toBe(false);
    expect(selectHorizonReached(useLab.getState())).toBe(true);

    // Keep training: one run's accuracy dips under the target and climbs back; the race goes on.
    play();
    expect(sent.at(-1)).toEqual({ type: 'play' });
    say(progress(300, 6, [target - 0.02, target, target, target]));
    expect(selectHorizonReached(useLab.getState())).toBe(true);
    say(progress(400, 8, [target + 0.01, target, target, target]));
    expect(pauses()).toBe(1);
    expect(useLab.getState().playing).toBe(true);
  });

  it('is reached again from scratch after the runs are rebuilt (Reset)', () => {
    play();
    say(progress(200, 4, [target, target, target, target]));
    expect(selectHorizonReached(useLab.getState())).toBe(true);
    reset();
    answer(false);
    expect(selectHorizonReached(useLab.getState())).toBe(false);
    say(progress(0, 0, [0.5, 0.5, 0.5, 0.5], false));
    expect(selectHorizonReached(useLab.getState())).toBe(false);
  });

  it('stays reached when only a live knob changed (the weights were kept)', () => {
    play();
    say(progress(200, 4, [target, target, target, target]));
    say(configured(true));
    say(progress(210, 4.1, [target - 0.05, target, target, target]));
    expect(selectHorizonReached(useLab.getState())).toBe(true);
  });
});
