import { beforeAll, describe, expect, it } from 'vitest';
import type { LabConfig } from '../../src/protocol.ts';
import { DEFAULT_CONFIG, KNOB_KEYS, KNOBS } from '../../src/state/knobs.ts';
import { DEFAULT_LESSON, LESSONS } from '../../src/state/lessons.ts';
import { loadOwnDataTools } from '../../src/state/ownData/lazy.ts';
import { parseUrl, serializeUrl } from '../../src/state/url.ts';
import type { UrlState } from '../../src/state/urlParams.ts';

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
      controls: ['play', 'compare'],
      origin: 'https://course.example.org',
      narrator: 'periodic',
      sound: true,
      soundRun: 'B',
      workers: 2,
      mode: 'race',
      ownData: { classes: 3, points: [{ x: 0.25, y: -1.5, label: 2, split: 'val' }, { x: Math.fround(0.1), y: 1.5, label: 0, split: 'train' }] },
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
