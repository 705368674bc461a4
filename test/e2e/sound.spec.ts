import type { Page } from '@playwright/test';
import { expect, nextFrames, playPastHorizon, readStep, test } from './fixtures.ts';

declare global {
  interface Window {
    __audio: { contexts: number; oscillators: OscillatorNode[]; panners: StereoPannerNode[]; gains: GainNode[] };
  }
}

/**
 * Before the app loads: counts AudioContexts made, keeps every oscillator, panner and gain node,
 * and remembers on each AudioParam the last value it was told to move to (setTargetAtTime /
 * setValueAtTime) and on each node whether it feeds the speakers.
 */
async function watchAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = { contexts: 0, oscillators: [] as OscillatorNode[], panners: [] as StereoPannerNode[], gains: [] as GainNode[] };
    window.__audio = log;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options);
        log.contexts++;
      }
    };
    const proto = BaseAudioContext.prototype;
    const wrap = <K extends 'createOscillator' | 'createStereoPanner' | 'createGain'>(name: K, into: AudioNode[]) => {
      const make = proto[name] as () => AudioNode;
      (proto as unknown as Record<string, () => AudioNode>)[name] = function (this: BaseAudioContext) {
        const node = make.call(this);
        into.push(node);
        return node;
      };
    };
    wrap('createOscillator', log.oscillators);
    wrap('createStereoPanner', log.panners);
    wrap('createGain', log.gains);
    const target = AudioParam.prototype.setTargetAtTime;
    AudioParam.prototype.setTargetAtTime = function (v: number, t: number, c: number) {
      (this as unknown as { target: number }).target = v;
      return target.call(this, v, t, c);
    };
    const connect = AudioNode.prototype.connect as (d: AudioNode, ...rest: number[]) => AudioNode;
    (AudioNode.prototype as unknown as { connect: typeof connect }).connect = function (this: AudioNode, d: AudioNode, ...rest: number[]) {
      if (d instanceof AudioDestinationNode) (this as unknown as { toSpeakers: boolean }).toSpeakers = true;
      return connect.call(this, d, ...rest);
    };
  });
}

/** Frequencies (Hz) the layer tones are gliding to, first hidden layer first, and their pans. */
async function chord(page: Page): Promise<{ freqs: number[]; pans: number[]; master: number | undefined }> {
  return page.evaluate(() => {
    const a = window.__audio;
    const target = (p: AudioParam) => (p as unknown as { target?: number }).target;
    const voices = a.oscillators.filter((o) => o.type === 'sine');
    // The master gain is the first node made that feeds the speakers (earcons come later).
    const master = a.gains.find((g) => (g as unknown as { toSpeakers?: boolean }).toSpeakers);
    return {
      freqs: voices.map((o) => target(o.frequency) ?? NaN),
      pans: a.panners.map((p) => target(p.pan) ?? NaN),
      master: master ? target(master.gain) : undefined,
    };
  });
}

/** The range of ‖∂L/∂W‖ a numbers-table cell can stand for ("2.9e-7" is 2.85e-7…2.95e-7, "0.104" is 0.1035…0.1045). */
function bounds(text: string): [number, number] {
  const v = Number(text);
  const half = text.includes('e') ? 0.05 * 10 ** Number(text.split('e')[1]) : 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0);
  return [v - half, v + half];
}

/** The documented mapping: 110 Hz at 1e-8, 4 octaves up to 1760 Hz at 10 (written out here, not imported). */
const hz = (g: number) => 110 * 2 ** ((4 * (Math.min(1, Math.max(-8, Math.log10(g))) + 8)) / 9);

/** Hidden-layer gradient norms of a run as the numbers table gives them to a screen reader ("layer 1: 2.9e-7 · …", the output layer dropped). */
async function tableNorms(page: Page, run: string): Promise<string[]> {
  const text = (await page.getByTestId(`grad-layers-${run}`).textContent()) ?? '';
  return text.split('·').map((s) => s.split(':').pop()!.trim()).slice(0, -1);
}

async function expectChordMatches(page: Page, run: string): Promise<number[]> {
  const norms = await tableNorms(page, run);
  expect(norms).toHaveLength(8);
  const { freqs } = await chord(page);
  expect(freqs).toHaveLength(8);
  norms.forEach((n, j) => {
    const [lo, hi] = bounds(n);
    expect(freqs[j], `run ${run} layer ${j + 1}: ${n}`).toBeGreaterThanOrEqual(hz(Math.max(lo, 1e-12)) * 0.999);
    expect(freqs[j], `run ${run} layer ${j + 1}: ${n}`).toBeLessThanOrEqual(hz(hi) * 1.001);
  });
  return freqs;
}

/** The chord of a run, once it matches the numbers the table shows (retried while either is still catching up). */
async function chordOnceItMatches(page: Page, run: string): Promise<number[]> {
  let freqs: number[] = [];
  await expect(async () => {
    freqs = await expectChordMatches(page, run);
  }).toPass({ timeout: 10_000 });
  return freqs;
}

test('no AudioContext before the Sound button; then each hidden layer of the chosen run is a tone whose pitch follows its gradient norm', async ({ page, problems }) => {
  await watchAudio(page);
  // Full speed, on past the lesson's horizon: the chord sounds while the runs train.
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  await expect.poll(() => readStep(page)).toBeGreaterThan(150);
  expect(await page.evaluate(() => window.__audio.contexts)).toBe(0);
  await page.getByTestId('sound').click();
  await expect(page.getByTestId('sound')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.__audio.contexts)).toBe(1);
  await expect.poll(() => new URL(page.url()).searchParams.get('sound')).toBe('1');
  await expect.poll(async () => (await chord(page)).master).toBe(1);
  await page.getByTestId('play').click();
  // Paused: the chord fades out (master → 0) and the tones rest on the last numbers, which the table shows too.
  await expect.poll(async () => (await chord(page)).master).toBe(0);
  // The table redraws a few times a second: checked until both show the paused numbers.
  const a = await chordOnceItMatches(page, 'A');
  expect((await chord(page)).pans).toEqual([-0.8, ...[1, 2, 3, 4, 5, 6].map((j) => -0.8 + (1.6 * j) / 7), 0.8].map((p) => expect.closeTo(p, 6)));
  await page.getByTestId('sound-run').selectOption('B');
  await expect.poll(() => new URL(page.url()).searchParams.get('soundRun')).toBe('B');
  const b = await chordOnceItMatches(page, 'B');
  // Sigmoid's chord spans far more, sinking towards the input; ReLU's stays nearly level.
  const span = (f: number[]) => Math.log2(f[7] / f[0]);
  expect(span(a)).toBeGreaterThan(1);
  expect(span(a)).toBeGreaterThan(span(b) + 0.5);
  await page.getByTestId('sound').click();
  await expect(page.getByTestId('sound')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.get('sound')).toBeNull();
  expect(problems.list).toEqual([]);
});

test('a link with sound=1 in presenter mode waits for the first click, then plays and sounds earcons at milestones', async ({ page, problems }) => {
  await watchAudio(page);
  await page.goto('/?present=1&sound=1&speed=200');
  await expect(page.getByTestId('sound')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Sound starts at your first click or key press.')).toBeVisible();
  // The page is up: runs configured (the run select lists them) and drawn, and still no sound without a gesture.
  await expect(page.getByTestId('sound-run').locator('option')).toHaveCount(2);
  await nextFrames(page);
  expect(await page.evaluate(() => window.__audio.contexts)).toBe(0);
  await page.getByTestId('play').click();
  await expect(page.getByText('Sound starts at your first click or key press.')).toBeHidden();
  expect(await page.evaluate(() => window.__audio.contexts)).toBe(1);
  await expect.poll(async () => (await chord(page)).freqs.length).toBe(8);
  // Lesson 1 brings milestones within seconds: each batch a short triangle-wave earcon.
  await expect.poll(() => page.evaluate(() => window.__audio.oscillators.filter((o) => o.type === 'triangle').length), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('sound-volume')).toBeVisible();
  await page.getByTestId('sound-volume').fill('0');
  await expect.poll(async () => page.evaluate(() => window.__audio.gains.filter((g) => (g.gain as unknown as { target?: number }).target === 0).length)).toBeGreaterThan(7);
  expect(problems.list).toEqual([]);
});
