import type { Page } from '@playwright/test';
import { parseMessage } from '../../src/embed/validate.ts';
import { APP, HOST, expect, readStep, test } from './fixtures.ts';
import { seeded } from './seeded.ts';

type Msg = { type?: string; step?: number; state?: Record<string, unknown>; runs?: { valLoss: number | null; trainLoss: number | null }[] };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { data: Msg }[] }).received.map((r) => r.data));
const send = (page: Page, msg: unknown) => page.evaluate((m) => (window as unknown as { send(m: unknown): void }).send(m), msg);
const lab = (m: Record<string, unknown>) => ({ target: 'backprop-lab', ...m });

/** Asks the framed lab for its state and returns the answer. */
async function getState(page: Page): Promise<Record<string, unknown>> {
  const before = (await received(page)).filter((m) => m?.type === 'state').length;
  await send(page, lab({ type: 'getState' }));
  await expect.poll(async () => (await received(page)).filter((m) => m?.type === 'state').length).toBe(before + 1);
  const last = (await received(page)).filter((m) => m?.type === 'state').at(-1)!;
  return last.state!;
}

async function openHost(page: Page, query: string) {
  await page.goto(`${HOST}/embed-host.html?fixed=1&src=${encodeURIComponent(`${APP}/?${query}`)}`);
  const frame = page.frameLocator('#lab');
  await expect.poll(async () => (await received(page)).some((m) => m?.type === 'ready')).toBe(true);
  return frame;
}

test('state round trip from a cross-origin host: getState, change a knob, setState, getState equals the first', async ({ page, problems }) => {
  const frame = await openHost(page, 'embed=1&lesson=loss');
  // A prediction and some training first, so the state holds more than defaults.
  await frame.getByRole('radio').first().check();
  await send(page, lab({ type: 'step', count: 60 }));
  await expect.poll(() => readStep(frame)).toBe(60);
  const first = await getState(page);
  expect(first).toMatchObject({ version: 1, lesson: 'loss', step: 60, prediction: { choice: 0, revealed: false } });
  expect(first.comparison).toMatchObject({ knob: 'loss' });
  // The counter can show 60 before the (throttled) progress message for step 60 reaches the host: wait for it.
  const progressAt60 = async (from = 0) =>
    (await received(page)).slice(from).filter((m) => m?.type === 'progress' && m.step === 60).at(-1)?.runs?.map((r) => r.trainLoss);
  await expect.poll(progressAt60).toBeDefined();
  const lossAt60 = await progressAt60();
  expect(lossAt60!.every((x) => typeof x === 'number')).toBe(true);

  await send(page, lab({ type: 'set', key: 'learningRate', value: 0.5 }));
  await send(page, lab({ type: 'set', compare: 'activation', values: ['relu', 'tanh'] }));
  await frame.getByRole('radio').nth(1).check();
  const changed = await getState(page);
  expect(changed).not.toEqual(first);

  // Restore without replay: the saved setup at step 0.
  await send(page, lab({ type: 'setState', state: first }));
  await expect.poll(() => readStep(frame)).toBe(0);
  expect(await getState(page)).toEqual({ ...first, step: 0 });

  // With replay: back to step 60, with the same numbers as before (same seed, same steps).
  const beforeReplay = (await received(page)).length;
  await send(page, lab({ type: 'setState', state: first, replay: true }));
  await expect.poll(() => readStep(frame)).toBe(60);
  expect(await getState(page)).toEqual(first);
  await expect.poll(() => progressAt60(beforeReplay)).toEqual(lossAt60);
  await expect(frame.getByRole('radio').first()).toBeChecked();
  expect(problems.list).toEqual([]);
});

test('100 fuzzed setState/getState payloads: no page error, each bad one warned about once, the lab still restores', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Backprop Lab ignored a message')) warnings.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { errors: string[] }).errors = [];
    window.addEventListener('error', (e) => (window as unknown as { errors: string[] }).errors.push(String(e.message)));
  });
  const frame = await openHost(page, 'embed=1&lesson=loss&speed=100');
  const good = await getState(page);
  const r = seeded(1515);
  const junk = [null, undefined, 0, -1, 1.5, NaN, Infinity, '', 'x', true, [], {}, 'y'.repeat(3000), 1e9];
  const mutate = (): unknown => {
    const s = JSON.parse(JSON.stringify(good)) as Record<string, any>;
    const roll = r.int(9);
    if (roll === 0) return r.pick(junk);
    if (roll === 1) s[r.pick(['version', 'lesson', 'step', 'prediction', 'comparison', 'config', 'extra'])] = r.pick(junk);
    if (roll === 2) s.config[r.pick(Object.keys(s.config))] = r.pick([...junk, 'relu', 3, 0.5, 1e-7]);
    if (roll === 3) delete s.config[r.pick(Object.keys(s.config))];
    if (roll === 4) s.comparison = { knob: r.pick(['activation', 'depth', null, 'nope']), values: r.pick([['relu', 'tanh'], [1, 2], [], 'relu', Array(12).fill(2)]), knob2: r.pick([null, 'dropoutHidden', 'activation']), values2: r.pick([[], [0, 0.5], [0.3]]) };
    if (roll === 5) s.prediction = { choice: r.pick([null, 0, 1, 2, 5, -1, 0.5, '1']), revealed: r.pick([true, false, 'no']) };
    if (roll === 6) s.step = r.pick([0, 5, -1, 2.5, 1e9, '7']);
    if (roll === 7) s.lesson = r.pick(['dropout', 'l2', 'nope', 3]);
    return s;
  };
  let invalid = 0;
  for (let i = 0; i < 100; i++) {
    const m = r.next() < 0.15 ? lab({ type: 'getState', extra: r.pick(junk) }) : lab({ type: 'setState', state: mutate(), ...(r.next() < 0.2 ? { replay: r.pick([true, false, 'yes', 1]) } : {}) });
    if (parseMessage(m).kind === 'invalid') invalid++;
    await send(page, m);
    // Every 20 messages, let the lab catch up: it has read every bad one so far once it has warned about each.
    if (i % 20 === 19) await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(invalid);
  }
  await expect.poll(() => warnings.length, { timeout: 10_000 }).toBe(invalid);
  expect(invalid).toBeGreaterThan(30);

  await send(page, lab({ type: 'setState', state: good }));
  await expect.poll(() => readStep(frame)).toBe(0);
  expect(await getState(page)).toEqual(good);
  const frameErrors = await page.frames()[1].evaluate(() => (window as unknown as { errors: string[] }).errors);
  expect(frameErrors).toEqual([]);
  expect(problems.list).toEqual([]);
});

test('the embedding example saves the state in its own localStorage and restores it, replayed to the saved step', async ({ page, problems }) => {
  await page.goto(`${APP}/embed-example.html`);
  await expect(page.getByTestId('example-status')).toContainText(/connected/i);
  await expect(page.getByRole('button', { name: 'Restore' })).toBeDisabled();
  await page.getByLabel('Lesson').selectOption('dropout');
  await page.getByRole('button', { name: 'Step' }).click();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect.poll(async () => Number(await page.getByTestId('example-step').textContent())).toBe(20);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('example-status')).toHaveText('Saved: lesson dropout, step 20');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('backprop-lab-example-state') ?? 'null'));
  expect(kept).toMatchObject({ version: 1, lesson: 'dropout', step: 20 });

  await page.getByLabel('Lesson').selectOption('l2');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('section.lesson')).toHaveAttribute('data-lesson', 'l2');
  // A reload keeps the saved state: it lives in the host page's storage.
  await page.reload();
  await expect(page.getByTestId('example-status')).toContainText(/connected/i);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(frame.locator('section.lesson')).toHaveAttribute('data-lesson', 'dropout');
  await expect.poll(async () => Number(await page.getByTestId('example-step').textContent())).toBe(20);
  expect(problems.list).toEqual([]);
});
