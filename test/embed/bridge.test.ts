import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parentOrigin, PROGRESS_INTERVAL_MS, startEmbedBridge, type EmbedWindow } from '../../src/embed/bridge.ts';
import type { HistoryPoint, LayerStats, RunInfo } from '../../src/protocol.ts';
import { DEFAULT_LESSON, LESSONS } from '../../src/state/lessons.ts';
import { sent } from '../setup/poolLog.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { merged } from '../setup/merged.ts';
import { DEFAULT_CONFIG } from '../../src/state/knobs.ts';
import { pickChoice, usePredictions } from '../../src/state/predictions.ts';

// The pool's side of the page is a log of what the actions send it (test/setup/poolLog.ts); the clock stays real.
vi.mock('../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../setup/poolLog.ts')).poolStub }));

const HOST = 'https://course.example';

/** A framed page: a parent that records what it receives, a message listener, a fake ResizeObserver and a root whose height we set. */
function fakeFrame() {
  const posted: { msg: Record<string, unknown>; target: string }[] = [];
  const parent = { postMessage: (msg: unknown, target: string) => posted.push({ msg: msg as Record<string, unknown>, target }) };
  let listener: ((e: MessageEvent) => void) | null = null;
  let observed: (() => void) | null = null;
  const root = { bottom: 400, getBoundingClientRect() { return { bottom: this.bottom } as DOMRect; } };
  class FakeResizeObserver {
    constructor(cb: () => void) {
      observed = cb;
    }
    observe() {
      observed?.();
    }
    disconnect() {
      observed = null;
    }
  }
  const win: EmbedWindow = {
    parent,
    addEventListener: (_t, fn) => (listener = fn),
    removeEventListener: () => (listener = null),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver,
    scrollY: 0,
  };
  const receive = (data: unknown, source: unknown = parent, origin = HOST) =>
    listener?.({ data, source, origin } as unknown as MessageEvent);
  const resize = (bottom: number) => {
    root.bottom = bottom;
    observed?.();
  };
  const ofType = (type: string) => posted.filter((p) => p.msg.type === type);
  return { win, root: root as unknown as Element, posted, receive, resize, ofType, hasListener: () => listener !== null };
}

const run = (id: string): RunInfo => ({
  id,
  label: id,
  layerSizes: [2, 4, 1],
  classes: 2,
  train: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  val: { x: new Float32Array(), labels: new Uint8Array(), n: 0 },
  kernels: 'js',
  config: DEFAULT_CONFIG,
});
const layer = (gradNorm: number): LayerStats => ({
  gradNorm, biasGradNorm: 0, deltaNorm: 0, weightNorm: 1, updateRatio: 0, actMean: 0, actStd: 0, saturated: 0, dead: 0,
});
const point = (step: number, trainLoss: number): HistoryPoint => ({
  step, seconds: step / 100, epoch: 0, trainLoss, trainAcc: 0.9, valLoss: trainLoss + 0.1, valAcc: 0.8, layers: [layer(1), layer(2)],
});

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  useLab.setState({ ...initialLabState }, true);
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('startEmbedBridge', () => {
  it('does nothing in a page that is not framed', () => {
    const f = fakeFrame();
    const self = { ...f.win } as EmbedWindow;
    self.parent = self as unknown as EmbedWindow['parent'];
    stop = startEmbedBridge(self, f.root);
    useLab.setState({ runs: [run('A')] });
    expect(f.posted).toEqual([]);
    expect(f.hasListener()).toBe(false);
  });

  it('posts ready once, after the runs first exist, with the lesson ids a host may set', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    expect(f.ofType('ready')).toHaveLength(0);
    useLab.setState({ runs: [run('A'), run('B')] });
    useLab.setState({ runs: [run('A')] });
    const ready = f.ofType('ready');
    expect(ready).toHaveLength(1);
    expect(ready[0].msg).toMatchObject({ source: 'backprop-lab', lesson: 'vanishing', lessons: LESSONS.map((l) => l.id) });
    expect(ready[0].msg.runs).toEqual([{ id: 'A', label: 'A · Sigmoid' }, { id: 'B', label: 'B · ReLU' }]);
  });

  it('posts a statement per learning event from ready on, to ?origin= when pinned; a host command makes none', () => {
    usePredictions.setState({ picks: {}, revealed: {} });
    useLab.setState({ origin: HOST });
    const f = fakeFrame();
    f.win.location = { href: 'https://lab.example/lab/?lesson=vanishing&embed=1' };
    stop = startEmbedBridge(f.win, f.root);
    pickChoice('vanishing', 0);
    expect(f.ofType('statement')).toEqual([]);
    useLab.setState({ runs: [run('A'), run('B')] });
    pickChoice('vanishing', 1);
    f.receive({ target: 'backprop-lab', type: 'set', key: 'learningRate', value: 0.05 });
    vi.advanceTimersByTime(1000);
    const statements = f.ofType('statement');
    expect(statements.map((p) => (p.msg.statement as { verb: { display: Record<string, string> } }).verb.display['en-US'])).toEqual(['experienced', 'answered']);
    expect(statements.every((p) => p.target === HOST && p.msg.source === 'backprop-lab')).toBe(true);
    expect(statements[1].msg.statement).toMatchObject({ object: { id: 'https://lab.example/lab/?lesson=vanishing#prediction' }, result: { response: 'b', success: true } });
  });

  it('posts progress at most every PROGRESS_INTERVAL_MS while the step moves, with the latest numbers', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    useLab.setState({ runs: [run('A'), run('B')] });
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    const before = f.ofType('progress').length;
    for (let s = 1; s <= 100; s++) {
      useLab.setState(merged({
        step: s * 10,
        playing: true,
        history: { A: [point(s * 10, 1 / s)], B: [point(s * 10, 2 / s)] },
        live: { A: { id: 'A', status: 'training', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: 0, layers: [layer(0.001), layer(0.5)], masks: [] } },
      }, useLab.getState()));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    const progress = f.ofType('progress').slice(before);
    // 1 s of changes at a 250 ms interval: about four messages, never one per change.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.length).toBeLessThanOrEqual(6);
    const last = progress.at(-1)!.msg;
    expect(last.step).toBe(1000);
    expect(last.playing).toBe(true);
    const [a, b] = last.runs as Record<string, unknown>[];
    expect(a).toEqual({ id: 'A', label: 'A · Sigmoid', trainLoss: 0.01, valLoss: 0.11, trainAcc: 0.9, valAcc: 0.8, gradNorms: [0.001, 0.5], diverged: false });
    expect(b.gradNorms).toEqual([1, 2]);
    expect(b.trainLoss).toBe(0.02);
  });

  it('says in progress when the lesson’s horizon is reached', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    const horizon = DEFAULT_LESSON.horizon;
    useLab.setState(merged({ runs: [run('A')], lessonId: DEFAULT_LESSON.id, step: horizon.value - 10, playing: true }, useLab.getState()));
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(f.ofType('progress').at(-1)!.msg).toMatchObject({ horizon, horizonReached: false });
    useLab.setState(merged({ step: horizon.value, playing: false }, useLab.getState()));
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(f.ofType('progress').at(-1)!.msg).toMatchObject({ step: horizon.value, playing: false, horizon, horizonReached: true });
  });

  it('posts no progress while nothing moves', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    useLab.setState({ runs: [run('A')] });
    vi.advanceTimersByTime(1000);
    const n = f.ofType('progress').length;
    useLab.setState({ boundary: null });
    vi.advanceTimersByTime(2000);
    expect(f.ofType('progress').length).toBe(n);
  });

  it('reports the content height on start and whenever it changes, once per new height', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    f.resize(400);
    f.resize(612.4);
    f.resize(612.4);
    expect(f.ofType('resize').map((p) => p.msg.height)).toEqual([400, 613]);
  });

  it('obeys play, step, set and pause from its parent', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    f.receive({ target: 'backprop-lab', type: 'play' });
    expect(useLab.getState().playing).toBe(true);
    f.receive({ target: 'backprop-lab', type: 'pause' });
    expect(useLab.getState().playing).toBe(false);
    f.receive({ target: 'backprop-lab', type: 'step', count: 5 });
    expect(sent.at(-1)).toEqual({ type: 'step', count: 5 });
    f.receive({ target: 'backprop-lab', type: 'set', key: 'learningRate', value: 0.02 });
    expect(useLab.getState().config.learningRate).toBe(0.02);
    f.receive({ target: 'backprop-lab', type: 'set', lesson: 'l2' });
    expect(useLab.getState().lessonId).toBe('l2');
    f.receive({ target: 'backprop-lab', type: 'set', compare: 'depth', values: [2, 6] });
    expect(useLab.getState().comparison).toEqual({ knob: 'depth', values: [2, 6] });
  });

  it('ignores commands from any window but its parent', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    f.receive({ target: 'backprop-lab', type: 'play' }, {});
    f.receive({ target: 'backprop-lab', type: 'play' }, f.win);
    expect(useLab.getState().playing).toBe(false);
    expect(sent).toEqual([]);
  });

  it('with ?origin= pinned, obeys that origin only, warns about others and posts to that origin only', () => {
    useLab.setState({ origin: HOST });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    f.receive({ target: 'backprop-lab', type: 'play' }, undefined, 'https://evil.example');
    expect(useLab.getState().playing).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    f.receive({ target: 'backprop-lab', type: 'play' });
    expect(useLab.getState().playing).toBe(true);
    expect(f.posted.length).toBeGreaterThan(0);
    expect(f.posted.every((p) => p.target === HOST)).toBe(true);
    warn.mockRestore();
  });

  it('stays silent, with one warning, when pinned to an origin the framing page does not have', () => {
    useLab.setState({ origin: HOST });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = fakeFrame();
    f.win.location = { ancestorOrigins: { length: 1, 0: 'https://other.example' } };
    stop = startEmbedBridge(f.win, f.root);
    useLab.setState({ runs: [run('A')], step: 3 });
    vi.advanceTimersByTime(1000);
    expect(f.posted).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('knows the framing origin from ancestorOrigins, else from the referrer', () => {
    const f = fakeFrame();
    expect(parentOrigin({ ...f.win, location: { ancestorOrigins: { length: 1, 0: HOST } } })).toBe(HOST);
    expect(parentOrigin({ ...f.win, document: { referrer: `${HOST}/course/week3.html` } })).toBe(HOST);
    expect(parentOrigin({ ...f.win, document: { referrer: '' } })).toBeNull();
  });

  it('posts to any origin when none is pinned', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    expect(f.posted.every((p) => p.target === '*')).toBe(true);
    expect(f.posted.length).toBeGreaterThan(0);
  });

  it('ignores a malformed command with exactly one console.warn, and foreign messages silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    const before = useLab.getState();
    f.receive({ target: 'backprop-lab', type: 'set', key: 'depth', value: 'deep' });
    expect(warn).toHaveBeenCalledTimes(1);
    f.receive({ hello: 'world' });
    f.receive('just a string');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
    expect(useLab.getState().config).toBe(before.config);
    expect(sent).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });

  it('stops listening and posting once stopped', () => {
    const f = fakeFrame();
    stop = startEmbedBridge(f.win, f.root);
    stop();
    stop = null;
    expect(f.hasListener()).toBe(false);
    const n = f.posted.length;
    useLab.setState({ runs: [run('A')], step: 5 });
    vi.advanceTimersByTime(1000);
    expect(f.posted.length).toBe(n);
  });
});
