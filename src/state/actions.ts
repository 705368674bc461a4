import type { KnobKey, KnobValue, LabConfig } from '../protocol.ts';
import { effectiveSpeed, playUntil } from './horizon.ts';
import { findLesson, type Comparison, type Lesson } from './lessons.ts';
import type { DatasetName } from '../engine/types.ts';
import { loadOwnDataTools, ownDataTools } from './ownData/lazy.ts';
import { toWire } from './ownData/wire.ts';
import { clampDigitsSize } from './digitsSize.ts';
import { runSpecs } from './runs.ts';
import { MAX_SEEDS, MIN_SEEDS, seedsThatFit } from '../seeds.ts';
import type { OutcomeMetric } from './outcome.ts';
import { configurePool, sendPool as send, startPool, stopPool } from './stream.ts';
import { FRESH_RUNS, initialLabState, useLab, type LabState } from './store.ts';
import { parseUrl, serializeUrl } from './url.ts';
import { URL_KEYS, type Lang, type Speed, type Verbosity } from './urlParams.ts';
import { hasMessages, loadMessages } from '../i18n/index.ts';

/**
 * Sends the current comparison to the pool (it keeps weights when only live knobs changed), with the own
 * data when a run trains on it. Own data without training points (a cleared drawing) trains no run: the
 * pool pauses and the page shows no runs until a training point is drawn.
 */
export function configureWorker(): void {
  const sized = clampDigitsSize(useLab.getState().config, useLab.getState().comparison);
  if (sized.notice) {
    const n = sized.notice;
    useLab.setState((s) => ({ config: sized.config, comparison: sized.comparison, notices: [...s.notices.filter((o) => o.param !== n.param), n] }));
  }
  const s = useLab.getState();
  const runs = runSpecs(s.config, s.comparison);
  const usesOwn = runs.some((r) => r.config.dataset === 'own');
  const data = usesOwn && s.ownData ? toWire(s.ownData) : null;
  if (usesOwn && (!data || data.train.n === 0)) {
    send({ type: 'pause' });
    useLab.setState({ playing: false, runs: [], ...FRESH_RUNS });
    return;
  }
  const seeds = seedsThatFit(runs.map((r) => r.config), s.seeds);
  if (seeds !== s.seedsInUse) useLab.setState({ seedsInUse: seeds });
  if (seeds < s.seeds) {
    const notice = { param: 'seeds', given: String(s.seeds), used: String(seeds), kind: 'memory' } as const;
    const others = s.notices.filter((n) => n.param !== 'seeds' || n.kind !== 'memory');
    useLab.setState({ notices: [...others, notice] });
  }
  configurePool({ type: 'configure', specs: runs, mode: s.mode, data, seeds });
}

/** Trains every run over `seeds` seeds (clamped to 1–20; to what fits in memory when the runs are built). */
export function setSeeds(seeds: number): void {
  const n = Math.min(MAX_SEEDS, Math.max(MIN_SEEDS, Math.round(Number.isFinite(seeds) ? seeds : MIN_SEEDS)));
  if (n === useLab.getState().seeds) return;
  useLab.setState({ seeds: n, playing: false, step: 0, horizonReached: false });
  configureWorker();
  send({ type: 'reset' });
}

/** Chooses what the outcome-by-knob panel plots. */
export function setOutcome(outcome: OutcomeMetric): void {
  useLab.setState({ outcome });
}

/**
 * Opens a lesson's sweep: its configuration with the compared knob over the sweep's values, trained over the
 * sweep's seeds, the outcome panel plotting the sweep's outcome; paused at step 0.
 */
export function openSweep(id: string): void {
  const lesson = findLesson(id);
  if (!lesson?.sweep || lesson.comparison.knob === null) return;
  const { values, seeds, outcome } = lesson.sweep;
  openLesson(lesson, { comparison: { knob: lesson.comparison.knob, values: [...values] }, seeds, outcome });
}

/** Picks the language: the URL's, else the browser's when it is Korean, else English. */
export function pickLang(urlLang: Lang | null, browserLangs: readonly string[]): Lang {
  if (urlLang) return urlLang;
  for (const l of browserLangs) {
    const two = l.toLowerCase().slice(0, 2);
    if (two === 'ko') return 'ko';
    if (two === 'en') return 'en';
  }
  return 'en';
}

/** Reads the URL, starts the pool of workers (on the page's host, or a test's) and configures the runs. */
export function initLab(search: string, browserLangs: readonly string[], host?: Parameters<typeof startPool>[1]): void {
  const { state, notices, simdAsked } = parseUrl(search);
  useLab.setState({ ...initialLabState, ...state, lang: pickLang(state.lang, browserLangs), notices, simdAsked });
  startPool(state.workers, host);
  sendSpeed();
  configureWorker();
  if (state.autoplay) play();
}

/** Ends the worker (page teardown, tests). */
export function disposeLab(): void {
  stopPool();
}

/** Starts a fresh worker after a failure, with the same configuration, and trains again. */
export function restartWorker(): void {
  startPool(useLab.getState().workers);
  useLab.setState({ workerError: null, ...FRESH_RUNS });
  sendSpeed();
  configureWorker();
  play();
}

/** Tells the worker the speed in force: the chosen one, else the open lesson's pace. */
function sendSpeed(): void {
  send({ type: 'setSpeed', stepsPerSecond: effectiveSpeed(useLab.getState()) });
}

/**
 * Trains. Short of the lesson's horizon the worker pauses by itself on reaching it (the lesson's
 * answer is then shown); at or past it, Play is "keep training" and goes on until paused.
 */
export function play(): void {
  const until = playUntil(useLab.getState());
  useLab.setState({ playing: true });
  send(until === undefined ? { type: 'play' } : { type: 'play', until });
}
export function pause(): void {
  useLab.setState({ playing: false });
  send({ type: 'pause' });
}
export function togglePlay(): void {
  if (useLab.getState().playing) pause();
  else play();
}
export function stepOnce(count = 1): void {
  useLab.setState({ playing: false });
  send({ type: 'step', count });
}
export function reset(): void {
  useLab.setState({ playing: false });
  send({ type: 'reset' });
}
/** Chooses the speed: steps per second, 'max', or null for the lesson's own pace. */
export function setSpeed(speed: Speed): void {
  useLab.setState({ speed });
  sendSpeed();
}

/** Changes one knob of the base configuration (all runs), keeping the comparison. */
export function setKnob<K extends KnobKey>(key: K, value: LabConfig[K]): void {
  const s0 = useLab.getState();
  // Choosing own data before there is any starts it from the built-in set in use (its tools load first).
  const start = key === 'dataset' && value === 'own' && !s0.ownData && s0.config.dataset !== 'own';
  const tools = ownDataTools();
  if (start && !tools) {
    loadOwnDataTools().then(
      () => setKnob(key, value),
      (e: unknown) => console.warn('Backprop Lab: the own-data tools did not load; the data set stays as it was', e),
    );
    return;
  }
  useLab.setState((s) => ({
    config: { ...s.config, [key]: value },
    ...(start && tools ? { ownData: tools.ownFromConfig(s.config, s.config.dataset as DatasetName) } : {}),
  }));
  configureWorker();
}

/** Replaces the comparison (which knob differs and its values). */
export function setComparison(comparison: Comparison): void {
  useLab.setState({ comparison });
  configureWorker();
}

/** Sets the value of the compared knob for run i (0 = A). */
export function setCompareValue(i: number, value: KnobValue): void {
  const c = useLab.getState().comparison;
  const values = c.values.slice();
  values[i] = value;
  setComparison({ ...c, values });
}

/** Puts the lab in a saved setup (lesson, configuration, comparison), paused at step 0 (a host's setState). */
export function restoreSetup(lessonId: string, config: LabConfig, comparison: Comparison, ownData: LabState['ownData']): void {
  useLab.setState({ lessonId, config: { ...config }, comparison, ownData, playing: false, step: 0, horizonReached: false });
  configureWorker();
  reset();
}

/**
 * Opens a lesson: its configuration and comparison, paused at step 0 (reset even when the runs
 * differ only in live knobs, which the worker would otherwise keep training), at the lesson's pace.
 */
export function setLesson(id: string): void {
  const lesson = findLesson(id);
  if (lesson) openLesson(lesson, {});
}

/** Puts the lab in a lesson's setup (with `over` on top), paused at step 0 at the lesson's pace, its runs rebuilt. */
function openLesson(lesson: Lesson, over: Partial<LabState>): void {
  useLab.setState({
    lessonId: lesson.id,
    config: { ...lesson.config },
    comparison: lesson.comparison,
    mode: lesson.mode ?? 'lockstep',
    playing: false,
    step: 0,
    horizonReached: false,
    ...over,
  });
  sendSpeed();
  configureWorker();
  send({ type: 'reset' });
}

/** Asks the narrator to read the current state of every run in full. */
export function askDescribe(): void {
  useLab.setState((s) => ({ describeAsked: s.describeAsked + 1 }));
}
export function setNarrator(narrator: Verbosity): void {
  useLab.setState({ narrator });
}
export function setSound(sound: boolean): void {
  useLab.setState({ sound });
}
export function setSoundRun(soundRun: string): void {
  useLab.setState({ soundRun });
}
/** Sonification loudness, clamped to 0–1. */
export function setVolume(volume: number): void {
  useLab.setState({ volume: Math.min(1, Math.max(0, Number.isFinite(volume) ? volume : 0)) });
}

/** Switches the page's language; a language whose texts are not loaded yet switches once they are. */
export function setLang(lang: Lang): void {
  if (hasMessages(lang)) useLab.setState({ lang });
  else void loadMessages(lang).then(() => useLab.setState({ lang }));
}
export function setPresent(present: boolean): void {
  useLab.setState({ present });
}
export function dismissNotices(): void {
  useLab.setState({ notices: [] });
}

/** The URL of the current state (query string without '?'): the store's state is a UrlState, written by the URL table. */
export function currentQuery(s: LabState = useLab.getState()): string {
  return serializeUrl(s);
}

/**
 * Keeps the address bar in step with the state, replacing (never pushing) history entries. Own data goes into
 * the link once its codec is loaded (a host's setData can come first): the link is written again then.
 */
export function syncUrl(win: Window): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const write = (s: LabState) => {
    const q = currentQuery(s);
    if (q === last || stopped) return;
    last = q;
    clearTimeout(timer);
    timer = setTimeout(() => win.history.replaceState(null, '', `?${q}`), 150);
  };
  const unsubscribe = useLab.subscribe((s, prev) => {
    // Progress changes the store ~30 times a second and never the URL: only look when a URL key changed.
    if (last !== '' && URL_KEYS.every((k) => s[k] === prev[k])) return;
    write(s);
    if (s.ownData && !ownDataTools()) {
      loadOwnDataTools().then(
        () => write(useLab.getState()),
        (e: unknown) => console.warn('Backprop Lab: the own-data tools did not load; the link will not carry the points', e),
      );
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
