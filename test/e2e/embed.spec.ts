import type { Page } from '@playwright/test';
import { CHAPTERS, LESSONS } from '../../src/state/lessons.ts';
import { APP, HOST, expect, expectStepStays, nextFrames, pausedStep, readStep, test, type LabRoot } from './fixtures.ts';

type Received = { origin: string; data: { source?: string; type?: string; step?: number; height?: number; runs?: unknown[] } };

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const ofType = async (page: Page, type: string) => (await received(page)).filter((r) => r.data?.type === type);
const send = (page: Page, msg: unknown) => page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), msg);
const lastProgressStep = async (page: Page) => (await ofType(page, 'progress')).at(-1)?.data.step ?? -1;

/** Opens the host page (another origin) framing the lab with the given query, and waits for `ready`. */
async function openHost(page: Page, query: string, hostQuery = '') {
  await page.goto(`${HOST}/embed-host.html?src=${encodeURIComponent(`${APP}/?${query}`)}${hostQuery}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('section.lesson')).toBeVisible();
  return frame;
}

/** Warnings the page logged (the framed lab's included), collected from now on. */
function warningsOf(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return warnings;
}

/**
 * The lab's own Step button trains exactly one step: no command that came before it reached the workers (they
 * work through their messages in order, so a `play` or `step` slipped through would have put the counter past 1).
 */
async function ownStepTrainsOne(lab: LabRoot): Promise<void> {
  await lab.getByRole('button', { name: 'Step', exact: true }).first().click();
  await expect.poll(() => readStep(lab)).toBe(1);
  await expect(lab.getByTestId('compute').first().locator('strong').first()).toHaveText('0');
  expect(await readStep(lab)).toBe(1);
}

test('a host page on another origin hears ready, then progress with growing steps, and pause stops the count', async ({ page, problems }) => {
  await openHost(page, 'embed=1&lesson=loss&speed=200');
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  const [ready] = await ofType(page, 'ready');
  expect(ready.origin).toBe(APP);
  expect(ready.data).toMatchObject({ source: 'backprop-lab', lesson: 'loss' });

  await send(page, { target: 'backprop-lab', type: 'play' });
  await expect.poll(() => lastProgressStep(page), { timeout: 5_000 }).toBeGreaterThan(50);
  const steps = (await ofType(page, 'progress')).map((p) => p.data.step ?? 0);
  expect(steps.length).toBeGreaterThan(2);
  expect(steps.slice(1).every((s, i) => s >= steps[i])).toBe(true);
  const last = (await ofType(page, 'progress')).at(-1)!.data as { runs: { id: string; trainLoss: number | null; gradNorms: number[]; diverged: boolean }[] };
  expect(last.runs.map((r) => r.id)).toEqual(['A', 'B']);
  expect(last.runs[0].gradNorms).toHaveLength(3);
  expect(typeof last.runs[0].trainLoss).toBe('number');

  await send(page, { target: 'backprop-lab', type: 'pause' });
  const frame = page.frameLocator('#lab');
  const shown = await pausedStep(frame);
  // The host hears the pause too: a last progress message, not playing, at the step the lab shows.
  await expect.poll(async () => (await ofType(page, 'progress')).at(-1)?.data).toMatchObject({ playing: false, step: shown });
  await expectStepStays(frame, shown);
  expect(await lastProgressStep(page)).toBe(shown);
  expect(problems.list).toEqual([]);
});

test('set changes a knob in the framed lab, and step trains exactly that many steps', async ({ page, problems }) => {
  const frame = await openHost(page, 'embed=1&lesson=vanishing');
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  await expect(frame.getByTestId('lesson-modified')).toHaveCount(0);
  await send(page, { target: 'backprop-lab', type: 'set', key: 'learningRate', value: 0.05 });
  await expect(frame.getByTestId('lesson-modified')).toBeVisible();
  const labUrl = () => page.frames().find((f) => f.url().startsWith(APP))!.url();
  await expect.poll(() => new URL(labUrl()).searchParams.get('learningRate')).toBe('0.05');

  await send(page, { target: 'backprop-lab', type: 'set', lesson: 'dropout' });
  await expect(frame.locator('section.lesson')).toHaveAttribute('data-lesson', 'dropout');
  await send(page, { target: 'backprop-lab', type: 'step', count: 7 });
  await expect.poll(() => readStep(frame)).toBe(7);
  expect(problems.list).toEqual([]);
});

test('messages from a window that is not the parent, or from an origin other than ?origin=, change nothing', async ({ page, problems }) => {
  const warnings = warningsOf(page);
  // Pinned to an origin that is not the host's: the host's commands are ignored, and nothing is posted to it.
  const frame = await openHost(page, 'embed=1&origin=http://127.0.0.1:4999');
  await send(page, { target: 'backprop-lab', type: 'play' });
  await send(page, { target: 'backprop-lab', type: 'step', count: 5 });
  // The lab read both and said it ignored them; anything they had changed would be on screen two frames on.
  await expect.poll(() => warnings.filter((w) => w.startsWith(`Backprop Lab ignored a message from ${HOST}`)).length).toBe(2);
  await nextFrames(frame);
  await expect(frame.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(await readStep(frame)).toBe(0);
  expect(await received(page)).toEqual([]);
  await ownStepTrainsOne(frame);
  expect(await received(page)).toEqual([]);

  // Not pinned, but the message comes from the framed page itself rather than from its parent.
  await openHost(page, 'embed=1');
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  const lab = page.frames().find((f) => f.url().startsWith(APP))!;
  // A last message of the test's own, posted the same way, arrives after the two: once it is heard, they were handled.
  await lab.evaluate(
    () =>
      new Promise<void>((handled) => {
        window.addEventListener('message', (e) => e.data === 'handled?' && handled());
        window.postMessage({ target: 'backprop-lab', type: 'play' }, '*');
        window.postMessage({ target: 'backprop-lab', type: 'step', count: 5 }, '*');
        window.postMessage('handled?', '*');
      }),
  );
  const own = page.frameLocator('#lab');
  await nextFrames(own);
  await expect(own.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(await readStep(own)).toBe(0);
  await ownStepTrainsOne(own);
  expect(problems.list).toEqual([]);
});

test('with ?origin= set to the host, the host is obeyed and hears ready', async ({ page, problems }) => {
  const frame = await openHost(page, `embed=1&origin=${encodeURIComponent(HOST)}`);
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  await send(page, { target: 'backprop-lab', type: 'step', count: 3 });
  await expect.poll(() => readStep(frame)).toBe(3);
  expect(problems.list).toEqual([]);
});

test('a malformed message changes nothing and logs no error', async ({ page, problems }) => {
  const warnings = warningsOf(page);
  const frame = await openHost(page, 'embed=1');
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  const lab = page.frames().find((f) => f.url().startsWith(APP))!;
  // The lab writes its full state into its address once it has started.
  await expect.poll(() => lab.url()).toContain('learningRate=');
  const before = lab.url();
  for (const bad of [
    { target: 'backprop-lab', type: 'set', key: 'depth', value: 'deep' },
    { target: 'backprop-lab', type: 'set', compare: 'width', values: [] },
    { target: 'backprop-lab', type: 'step', count: -4 },
    { target: 'backprop-lab', type: 'launch' },
  ]) {
    await send(page, bad);
  }
  await send(page, 'not even an object');
  const ignored = () => warnings.filter((w) => w.includes('Backprop Lab ignored'));
  await expect.poll(() => ignored().length).toBe(4);
  // The lab answers a getState after it has read everything sent before (the non-object included).
  await send(page, { target: 'backprop-lab', type: 'getState' });
  await expect.poll(async () => (await ofType(page, 'state')).length).toBe(1);
  await nextFrames(frame);
  expect(await readStep(frame)).toBe(0);
  await expect(frame.getByTestId('lesson-modified')).toHaveCount(0);
  // The address is written 150 ms after a change: a good `set` after the bad ones shows, once it is written, that
  // it is the only change the address took.
  await send(page, { target: 'backprop-lab', type: 'set', key: 'learningRate', value: 0.05 });
  await expect.poll(() => new URL(lab.url()).searchParams.get('learningRate')).toBe('0.05');
  const expected = new URL(before);
  expected.searchParams.set('learningRate', '0.05');
  expect(Object.fromEntries(new URL(lab.url()).searchParams)).toEqual(Object.fromEntries(expected.searchParams));
  await ownStepTrainsOne(frame);
  expect(ignored()).toHaveLength(4);
  expect(problems.list).toEqual([]);
});

test('resize reports the height of the content, and the host can fit the frame to it', async ({ page, problems }) => {
  await openHost(page, 'embed=1&lesson=overfitting');
  await expect.poll(async () => (await ofType(page, 'resize')).length).toBeGreaterThan(0);
  const lab = page.frames().find((f) => f.url().startsWith(APP))!;
  // The content grows as the lab starts (runs, charts): checked until the last height reported is the one it settled at.
  await expect(async () => {
    const height = (await ofType(page, 'resize')).at(-1)!.data.height!;
    const doc = await lab.evaluate(() => ({ body: document.body.scrollHeight, scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(Math.abs(height - doc.body)).toBeLessThanOrEqual(2);
    // The host set the frame to that height: the framed page has nothing left to scroll.
    expect(doc.scroll - doc.client).toBeLessThanOrEqual(2);
    const frameBox = await page.locator('#lab').boundingBox();
    expect(Math.abs(frameBox!.height - height)).toBeLessThanOrEqual(4);
  }).toPass({ timeout: 10_000 });
  await page.screenshot({ path: 'test-results/embed-host.png', fullPage: true });
  expect(problems.list).toEqual([]);
});

test('embed-example.html, served next to the app, drives a lesson with its own buttons and select', async ({ page, problems }) => {
  await page.goto(`${APP}/embed-example.html`);
  await expect(page.getByTestId('example-status')).toContainText(/connected/i);
  // The example offers every lesson of the app, in the app's order and numbering.
  const options = await page.getByLabel('Lesson').locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
  expect(options.map(([v]) => v)).toEqual(LESSONS.map((l) => l.id));
  options.forEach(([, text], i) => expect(text).toMatch(new RegExp(`^${i + 1}\\. `)));
  // Grouped by chapter, as the app's own lesson select is.
  const groups = await page.getByLabel('Lesson').locator('optgroup').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('option')].map((o) => o.value)));
  expect(groups).toEqual(CHAPTERS.map((c) => LESSONS.filter((l) => l.chapter === c).map((l) => l.id)).filter((g) => g.length > 0));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await page.getByTestId('example-step').textContent()), { timeout: 5_000 }).toBeGreaterThan(20);
  // Its log shows the learning events the lab reports: opening the lesson is the first.
  await expect(page.getByTestId('example-statements')).toContainText('experienced: Deep sigmoid nets');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Lesson').selectOption('l2');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('section.lesson')).toHaveAttribute('data-lesson', 'l2');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(async () => Number(await page.getByTestId('example-step').textContent())).toBe(0);
  await page.screenshot({ path: 'test-results/embed-example.png', fullPage: true });
  expect(problems.list).toEqual([]);
});

test('?autoplay=1 starts training in the frame without any command', async ({ page, problems }) => {
  await openHost(page, 'embed=1&lesson=l2&autoplay=1');
  await expect.poll(() => lastProgressStep(page), { timeout: 5_000 }).toBeGreaterThan(20);
  const last = (await ofType(page, 'progress')).at(-1)!.data as { playing: boolean; lesson: string };
  expect(last).toMatchObject({ playing: true, lesson: 'l2' });
  expect(problems.list).toEqual([]);
});

test('the host hears learning events as xAPI statements: the lesson experienced, the prediction answered with its result, completed at the horizon', async ({ page, problems }) => {
  type Statement = { verb: { id: string }; object: { id: string; definition: { name: Record<string, string>; correctResponsesPattern?: string[] } }; result?: Record<string, unknown> };
  const statements = async () => (await ofType(page, 'statement')).map((r) => (r.data as unknown as { statement: Statement }).statement);
  // In Korean: names carry the Korean text beside the English one.
  const frame = await openHost(page, 'embed=1&lesson=batchnorm&speed=max&lang=ko');
  await expect.poll(async () => (await ofType(page, 'ready')).length).toBe(1);
  // batchnorm's answer is its third choice: the first is a wrong prediction.
  await frame.locator('.lesson-predict').getByRole('radio').first().check();
  await send(page, { target: 'backprop-lab', type: 'play' });
  const verbs = async () => (await statements()).map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
  await expect.poll(verbs, { timeout: 15_000 }).toEqual(['experienced', 'answered', 'completed']);
  const [experienced, answered, completed] = await statements();
  const lesson = `${APP}/?lesson=batchnorm`;
  expect(experienced.object.id).toBe(lesson);
  expect(answered.object.id).toBe(`${lesson}#prediction`);
  expect(answered.object.definition.correctResponsesPattern).toEqual(['c']);
  expect(answered.result).toEqual({ response: 'a', success: false });
  expect(Object.keys(answered.object.definition.name).sort()).toEqual(['en-US', 'ko-KR']);
  expect(answered.object.definition.name['ko-KR']).not.toBe(answered.object.definition.name['en-US']);
  expect(completed.object.id).toBe(lesson);
  expect(completed.result).toEqual({ completion: true });
  expect((await ofType(page, 'statement')).every((r) => r.origin === APP)).toBe(true);
  expect(problems.list).toEqual([]);
});
