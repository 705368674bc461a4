import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KnobKey, LabConfig } from '../../src/protocol.ts';
import { currentQuery, syncUrl } from '../../src/state/actions.ts';
import { DEFAULT_CONFIG, KNOB_KEYS, KNOBS } from '../../src/state/knobs.ts';
import { DEFAULT_LESSON, LESSONS } from '../../src/state/lessons.ts';
import { loadOwnDataTools } from '../../src/state/ownData/lazy.ts';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { parseUrl, serializeUrl } from '../../src/state/url.ts';
import { URL_KEYS, URL_PARAMS, type UrlState } from '../../src/state/urlParams.ts';

/** A configuration in which every knob differs from the default. */
const changed: LabConfig = {
  dataset: 'spiral3',
  noise: 0.12,
  labelNoise: 0.07,
  trainSize: 321,
  depth: 5,
  width: 48,
  activation: 'leakyRelu',
  init: 'he',
  loss: 'mse',
  batchNorm: true,
  dropoutInput: 0.2,
  dropoutHidden: 0.5,
  l2: 0.003,
  optimizer: 'adam',
  learningRate: 0.0007,
  batchSize: 17,
  seed: 123456,
  kernels: 'js',
};

describe('URL round trip', () => {
  // The own-data codec is loaded on demand; the page loads it before reading a link with data=.
  beforeAll(async () => {
    await loadOwnDataTools();
  });

  it('changes every knob in the test configuration', () => {
    for (const k of KNOB_KEYS) expect(changed[k], k).not.toEqual(DEFAULT_CONFIG[k]);
  });

  it('reads back every knob, the comparison, lesson, language and page flags exactly', () => {
    const s: UrlState = {
      lessonId: 'dropout',
      lang: 'ko',
      config: changed,
      comparison: { knob: 'activation', values: ['sigmoid', 'relu'], knob2: 'dropoutHidden', values2: [0, 0.5] },
      speed: 120,
      present: true,
      embed: true,
      autoplay: true,
      scorm: true,
      controls: ['play', 'compare'],
      lock: ['width', 'l2'],
      task: 'Why does <b>B</b> win? & what if L2 = 0.01?',
      origin: 'https://course.example.org',
      narrator: 'periodic',
      sound: true,
      soundRun: 'B',
      workers: 2,
      mode: 'race',
      ownData: { classes: 3, points: [{ x: 0.25, y: -1.5, label: 2, split: 'val' }, { x: Math.fround(0.1), y: 1.5, label: 0, split: 'train' }] },
      seeds: 7,
      outcome: 'gap',
    };
    const { state, notices } = parseUrl(serializeUrl(s));
    expect(notices).toEqual([]);
    expect(state).toEqual(s);
  });

  it('makes a grid of the lesson\'s own comparison from compare2 alone; compare=none still means none', () => {
    const { state, notices } = parseUrl('compare2=dropoutHidden&values2=0,0.5');
    expect(state.comparison).toEqual({ knob: 'activation', values: ['sigmoid', 'relu'], knob2: 'dropoutHidden', values2: [0, 0.5] });
    expect(notices).toEqual([]);
    expect(parseUrl(serializeUrl(state)).state.comparison).toEqual(state.comparison);
    const none = parseUrl('compare=none&compare2=dropoutHidden&values2=0,0.5');
    expect(none.state.comparison).toEqual({ knob: null, values: [] });
  });

  it('keeps speed=max apart from the lesson’s pace (no speed in the URL)', () => {
    expect(parseUrl('speed=max').state.speed).toBe('max');
    expect(parseUrl('speed=MAX').state.speed).toBe('max');
    expect(parseUrl('').state.speed).toBeNull();
    const s = parseUrl('speed=max').state;
    expect(parseUrl(serializeUrl(s)).state.speed).toBe('max');
    expect(serializeUrl(parseUrl('').state)).not.toContain('speed=');
  });

  it('opens the sigmoid-vs-ReLU lesson with its comparison from a bare URL, with no notice', () => {
    const { state, notices } = parseUrl('');
    expect(notices).toEqual([]);
    expect(state.lessonId).toBe('vanishing');
    expect(state.config).toEqual(LESSONS.find((l) => l.id === 'vanishing')!.config);
    expect(state.comparison).toEqual({ knob: 'activation', values: ['sigmoid', 'relu'] });
  });

  it('takes a lesson by number or slug and lets explicit knobs override it', () => {
    expect(parseUrl(`lesson=${LESSONS.findIndex((l) => l.id === 'dropout') + 1}`).state.lessonId).toBe('dropout');
    const { state } = parseUrl('lesson=dropout&depth=2');
    expect(state.config.depth).toBe(2);
    expect(state.config.trainSize).toBe(LESSONS.find((l) => l.id === 'dropout')!.config.trainSize);
  });

  it('ignores unknown keys silently', () => {
    const { state, notices } = parseUrl('utm_source=x&foo=bar');
    expect(notices).toEqual([]);
    expect(state.config).toEqual(DEFAULT_CONFIG);
  });
});

describe('bad URL values fall back and say so', () => {
  const cases: [string, keyof LabConfig | 'other', unknown, string][] = [
    ['depth=abc', 'depth', DEFAULT_CONFIG.depth, 'invalid'],
    ['depth=NaN', 'depth', DEFAULT_CONFIG.depth, 'invalid'],
    ['depth=-3', 'depth', 0, 'clamped'],
    ['depth=0', 'depth', 0, 'none'],
    ['depth=1e9', 'depth', 20, 'clamped'],
    ['depth=2.6', 'depth', 3, 'rounded'],
    ['width=0', 'width', 1, 'clamped'],
    ['learningRate=Infinity', 'learningRate', DEFAULT_CONFIG.learningRate, 'invalid'],
    ['learningRate=1e400', 'learningRate', DEFAULT_CONFIG.learningRate, 'invalid'],
    ['learningRate=100', 'learningRate', 10, 'clamped'],
    ['learningRate=', 'learningRate', DEFAULT_CONFIG.learningRate, 'invalid'],
    ['activation=softsign', 'activation', DEFAULT_CONFIG.activation, 'invalid'],
    ['activation=ReLU', 'activation', 'relu', 'none'],
    ['dataset=mnist', 'dataset', DEFAULT_CONFIG.dataset, 'invalid'],
    ['batchNorm=maybe', 'batchNorm', false, 'invalid'],
    ['dropoutHidden=0.99', 'dropoutHidden', 0.9, 'clamped'],
    ['l2=-1', 'l2', 0, 'clamped'],
    ['seed=-5', 'seed', 0, 'clamped'],
    ['trainSize=1e12', 'trainSize', 5000, 'clamped'],
    ['depth=4&depth=9', 'depth', 4, 'duplicate'],
  ];
  for (const [query, key, expected, kind] of cases) {
    it(`"${query}" gives ${String(key)}=${String(expected)} (${kind})`, () => {
      const { state, notices } = parseUrl(query);
      expect(state.config[key as keyof LabConfig]).toEqual(expected);
      if (kind === 'none') expect(notices).toEqual([]);
      else expect(notices.map((n) => n.kind)).toContain(kind);
    });
  }

  it('falls back to the lesson comparison for an unknown compared knob', () => {
    const { state, notices } = parseUrl('compare=colour&values=1,2');
    expect(state.comparison).toEqual(DEFAULT_LESSON.comparison);
    expect(notices[0]).toMatchObject({ param: 'compare', kind: 'invalid' });
  });

  it('drops unusable compared values and keeps the rest', () => {
    const { state, notices } = parseUrl('compare=activation&values=relu,bogus,tanh');
    expect(state.comparison).toEqual({ knob: 'activation', values: ['relu', 'tanh'] });
    expect(notices).toHaveLength(1);
  });

  it('caps a sweep at 8 runs', () => {
    const { state, notices } = parseUrl('compare=trainSize&values=10,20,30,40,50,60,70,80,90,100');
    expect(state.comparison.values).toHaveLength(8);
    expect(notices.map((n) => n.kind)).toContain('tooMany');
  });

  it('replaces an unknown lesson, language, speed and origin by defaults with notices', () => {
    const { state, notices } = parseUrl('lesson=99&lang=xx&speed=fast&origin=not a url');
    expect(state.lessonId).toBe('vanishing');
    expect(state.lang).toBeNull();
    expect(state.speed).toBeNull();
    expect(state.origin).toBeNull();
    expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'lesson', 'origin', 'speed']);
  });

  it('keeps every parsed number inside its knob range whatever the input', () => {
    for (const key of KNOB_KEYS) {
      const def = KNOBS[key];
      if (def.kind !== 'number') continue;
      for (const text of ['-1e308', '1e308', '0', '-0', '3.7', '.5']) {
        const v = parseUrl(`${key}=${text}`).state.config[key] as number;
        expect(v).toBeGreaterThanOrEqual(def.min);
        expect(v).toBeLessThanOrEqual(def.max);
        if (def.integer) expect(Number.isInteger(v)).toBe(true);
      }
    }
  });
});

describe('narrator and sound settings in the URL', () => {
  it('default to milestones, sound off and run A, and a bare URL writes none of them', () => {
    const { state } = parseUrl('');
    expect([state.narrator, state.sound, state.soundRun]).toEqual(['milestones', false, 'A']);
    const q = new URLSearchParams(serializeUrl(state));
    expect(['narrator', 'sound', 'soundRun'].filter((k) => q.has(k))).toEqual([]);
  });

  it('reads each verbosity, sound=1 and a lower-case run id', () => {
    expect(parseUrl('narrator=off').state.narrator).toBe('off');
    expect(parseUrl('narrator=periodic').state.narrator).toBe('periodic');
    expect(parseUrl('sound=1&soundRun=b').state).toMatchObject({ sound: true, soundRun: 'B' });
  });

  it('replaces a bad verbosity, sound flag or run id with the default and says so', () => {
    const { state, notices } = parseUrl('narrator=loud&sound=maybe&soundRun=Z');
    expect([state.narrator, state.sound, state.soundRun]).toEqual(['milestones', false, 'A']);
    expect(notices.map((n) => n.param).sort()).toEqual(['narrator', 'sound', 'soundRun']);
  });
});

/** What a bare link opens: every row's default. */
const bare = parseUrl('').state;

/** A value no knob takes (bools and enums refuse it, numbers too). */
const badKnob = (k: KnobKey) => (KNOBS[k].kind === 'bool' ? 'maybe' : 'bogus');

/**
 * Per row of the URL table, named by its first parameter: a state other than a bare link's in that row's key,
 * and bad queries with the parameter each must name in a notice (every parameter of the row has one).
 */
const ROW_CASES: Record<string, { value: Partial<UrlState>; bad: [query: string, param: string][] }> = {
  lesson: { value: { lessonId: 'dropout' }, bad: [['lesson=99', 'lesson']] },
  lang: { value: { lang: 'ko' }, bad: [['lang=xx', 'lang']] },
  ...Object.fromEntries(KNOB_KEYS.map((k) => [k, { value: { config: { ...bare.config, [k]: changed[k] } }, bad: [[`${k}=${badKnob(k)}`, k]] }])),
  compare: {
    value: { comparison: { knob: 'activation', values: ['tanh', 'relu'], knob2: 'dropoutHidden', values2: [0, 0.5] } },
    bad: [
      ['compare=colour', 'compare'],
      ['compare=activation&values=bogus', 'values'],
      ['compare2=colour', 'compare2'],
      ['compare2=dropoutHidden&values2=bogus', 'values2'],
    ],
  },
  speed: { value: { speed: 120 }, bad: [['speed=fast', 'speed']] },
  present: { value: { present: true }, bad: [['present=maybe', 'present']] },
  embed: { value: { embed: true }, bad: [['embed=maybe', 'embed']] },
  autoplay: { value: { autoplay: true }, bad: [['autoplay=maybe', 'autoplay']] },
  scorm: { value: { scorm: true }, bad: [['scorm=maybe', 'scorm']] },
  controls: { value: { controls: ['play', 'compare'] }, bad: [['controls=play,bogus', 'controls']] },
  lock: { value: { lock: ['dropoutHidden', 'l2'] }, bad: [['lock=l2,colour', 'lock']] },
  task: { value: { task: 'Predict first, then press Play.' }, bad: [[`task=${'x'.repeat(281)}`, 'task']] },
  origin: { value: { origin: 'https://course.example.org' }, bad: [['origin=not a url', 'origin']] },
  narrator: { value: { narrator: 'periodic' }, bad: [['narrator=loud', 'narrator']] },
  sound: { value: { sound: true }, bad: [['sound=maybe', 'sound']] },
  soundRun: { value: { soundRun: 'B' }, bad: [['soundRun=Z', 'soundRun']] },
  workers: { value: { workers: 2 }, bad: [['workers=many', 'workers']] },
  mode: { value: { mode: 'race' }, bad: [['mode=sprint', 'mode']] },
  data: { value: { ownData: { classes: 3, points: [{ x: 0.25, y: -1.5, label: 2, split: 'val' }, { x: 1, y: 0, label: 0, split: 'train' }] } }, bad: [['data=xyz', 'data']] },
  seeds: { value: { seeds: 10 }, bad: [['seeds=abc', 'seeds']] },
  outcome: { value: { outcome: 'valLoss' }, bad: [['outcome=speed', 'outcome']] },
};

describe('seeds in the link', () => {
  it('is 1 without the parameter and not written then', () => {
    expect(parseUrl('').state.seeds).toBe(1);
    expect(new URLSearchParams(serializeUrl(parseUrl('').state)).has('seeds')).toBe(false);
  });

  it('clamps 0 to 1 and 999 to 20, and replaces a non-number with 1, each with a notice naming seeds', () => {
    for (const [given, used, kind] of [['0', 1, 'clamped'], ['999', 20, 'clamped'], ['abc', 1, 'invalid'], ['-3', 1, 'clamped']] as const) {
      const { state, notices } = parseUrl(`lesson=deeper&seeds=${given}`);
      expect(state.seeds, given).toBe(used);
      expect(notices, given).toEqual([{ param: 'seeds', given, used: String(used), kind }]);
    }
  });

  it('keeps 10 seeds through serialize → parse beside the lesson and speed', () => {
    const { state, notices } = parseUrl('lesson=deeper&seeds=10&speed=max');
    expect(notices).toEqual([]);
    expect(state.seeds).toBe(10);
    const again = parseUrl(serializeUrl(state));
    expect(again.state).toEqual(state);
    expect(new URLSearchParams(serializeUrl(state)).get('seeds')).toBe('10');
  });
});

describe('every row of the URL table', () => {
  beforeAll(async () => {
    await loadOwnDataTools();
  });

  it('has a case, and every case a row', () => {
    expect(Object.keys(ROW_CASES).sort()).toEqual(URL_PARAMS.map((r) => r.params[0]).sort());
  });

  for (const row of URL_PARAMS) {
    const name = row.params[0];
    it(`${name}: a value other than a bare link's survives serialize → parse`, () => {
      const c = ROW_CASES[name];
      expect(c, `a case for the row of ${name}`).toBeDefined();
      const s: UrlState = { ...bare, ...c.value };
      expect(s[row.key], 'the case changes the row').not.toEqual(bare[row.key]);
      const q = serializeUrl(s);
      expect(new URLSearchParams(q).has(name), q).toBe(true);
      const { state, notices } = parseUrl(q);
      expect(notices).toEqual([]);
      expect(state).toEqual(s);
    });

    it(`${name}: a bad value of each of its parameters (${row.params.join(', ')}) gives a notice naming it`, () => {
      const c = ROW_CASES[name];
      expect([...new Set(c.bad.map(([, param]) => param))].sort()).toEqual([...row.params].sort());
      for (const [query, param] of c.bad) expect(parseUrl(query).notices.map((n) => n.param), query).toContain(param);
    });
  }

  it('is written in its order, the parameters of a row together', () => {
    const s: UrlState = Object.assign({ ...bare }, ...Object.values(ROW_CASES).map((c) => c.value), { config: changed });
    const written = [...new Set([...new URLSearchParams(serializeUrl(s)).keys()])];
    expect(written).toEqual(URL_PARAMS.flatMap((r) => r.params));
  });
});

describe('what a link asks of SIMD', () => {
  it('is asked by kernels=simd or by a comparison of kernels naming simd, not by a lesson that compares them', () => {
    const asked = (q: string) => parseUrl(q).simdAsked;
    expect([asked('kernels=simd'), asked('kernels=SIMD'), asked('compare=kernels&values=js,simd')]).toEqual([true, true, true]);
    expect([asked(''), asked('kernels=js'), asked('kernels=bogus'), asked('lesson=hardware'), asked('compare=kernels&values=js')]).toEqual([false, false, false, false, false]);
  });
});

describe('the address bar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows a change of any row\'s key, and not a change of run data', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const win = { history: { replaceState: (_: unknown, __: string, url: string) => written.push(url) } } as unknown as Window;
    useLab.setState({ ...initialLabState }, true);
    const stop = syncUrl(win);
    useLab.setState({ step: 1 });
    vi.runAllTimers();
    expect(written).toEqual([`?${currentQuery()}`]);
    for (const key of URL_KEYS) {
      const c = Object.values(ROW_CASES).find((rc) => key in rc.value)!;
      useLab.setState({ ...initialLabState, [key]: c.value[key] }, true);
      vi.runAllTimers();
      expect(written.at(-1), key).toBe(`?${currentQuery()}`);
      expect(written.at(-2), key).not.toBe(written.at(-1));
    }
    const n = written.length;
    useLab.setState({ step: 40, epoch: 2, history: { A: [] } });
    vi.runAllTimers();
    expect(written).toHaveLength(n);
    stop();
  });
});
