import { beforeEach, describe, expect, it } from 'vitest';
import type { ConfiguredMessage, RunInfo } from '../../src/protocol.ts';
import { defaultGrid } from '../../src/engine/data.ts';
import { configureWorker, initLab, restartWorker } from '../../src/state/actions.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { deriveRun } from '../../src/state/series.ts';
import { FRESH_RUNS, useLab, type LabState } from '../../src/state/store.ts';
import { fakePool } from './fakePool.ts';

// Every place the runs start over clears the same run data (FRESH_RUNS): the pool's worker is played by hand.
const pool = fakePool();
const { sent } = pool;

const info: RunInfo = {
  id: 'A', label: 'A', layerSizes: [2, 4, 1], classes: 2,
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  kernels: 'js',
  config: DEFAULT_CONFIG,
};
const configured = (kept: boolean): ConfiguredMessage => ({
  type: 'configured', runs: [info], grid: defaultGrid(4), kept, kernels: { available: 'js' } as ConfiguredMessage['kernels'], mode: 'lockstep',
});

/** Run data as after some training: every field of FRESH_RUNS holds something else. */
const trained: Pick<LabState, keyof typeof FRESH_RUNS> = {
  history: { A: [] },
  members: { A: [[], []] },
  spread: { A: { seeds: 2, diverged: [undefined, undefined], band: [], at: null } },
  derived: { A: deriveRun([]) },
  live: { A: { id: 'A', status: 'training', step: 40, seconds: 1, stepsPerSecond: 40, batchLoss: 0.3, layers: [], masks: [] } },
  boundary: { type: 'boundary', step: 40, grid: defaultGrid(4), predictions: [] },
  images: { A: { step: 40, predicted: new Uint8Array(597), galleryProbs: new Float32Array(480), confusion: new Uint32Array(100), firstLayer: { units: 1, W: new Float32Array(64) } } },
  imageProbs: { type: 'imageProbs', requestId: 1, step: 40, predictions: [] },
  step: 40,
  epoch: 3,
  gradExtent: { gradNorm: [1e-3, 1], deltaNorm: [1e-2, 2] },
  horizonReached: true,
  raceSeconds: 1,
};
const runData = () => Object.fromEntries(Object.keys(FRESH_RUNS).map((k) => [k, useLab.getState()[k as keyof LabState]]));

beforeEach(() => {
  initLab('', ['en'], pool.host);
  pool.answer(() => configured(false));
  useLab.setState(trained);
});

describe('a fresh run', () => {
  it('has every run-data field trained state sets (the test changes each one)', () => {
    for (const k of Object.keys(FRESH_RUNS) as (keyof typeof FRESH_RUNS)[]) expect(trained[k], k).not.toEqual(FRESH_RUNS[k]);
  });

  it('is what new runs from the worker start from; kept runs keep their data', () => {
    pool.say(configured(true));
    expect(runData()).toEqual(trained);
    pool.say(configured(false));
    expect(runData()).toEqual(FRESH_RUNS);
    expect(useLab.getState().runs).toEqual([info]);
  });

  it('is what own data with no training point leaves, with no runs', () => {
    useLab.setState({ ownData: { classes: 2, points: [{ x: 0, y: 0, label: 0, split: 'val' }] }, config: { ...DEFAULT_CONFIG, dataset: 'own' } });
    configureWorker();
    expect(runData()).toEqual(FRESH_RUNS);
    expect(useLab.getState().runs).toEqual([]);
    expect(sent.at(-1)).toEqual({ type: 'pause' });
  });

  it('is what a restarted worker starts from, keeping the runs until the worker sends new ones', () => {
    useLab.setState({ workerError: { kind: 'crashed', detail: 'lost' } });
    restartWorker();
    expect(runData()).toEqual(FRESH_RUNS);
    expect(useLab.getState()).toMatchObject({ workerError: null, runs: [info] });
  });
});
