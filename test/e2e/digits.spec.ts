import { APP, HOST, expect, readStep, test } from './fixtures.ts';

const DIGITS = '?dataset=digits&depth=2&width=32&activation=relu&init=he&learningRate=0.1&optimizer=sgd&compare=none';

test('trains on the handwritten digits from a sub-path: the worker fetches the data file from under it, once', async ({ page, problems }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${HOST}/course/week-3/lab/${DIGITS}`);
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(50);
  const data = requests.filter((p) => p.endsWith('.bin'));
  expect(data).toHaveLength(1);
  expect(data[0]).toMatch(/^\/course\/week-3\/lab\/assets\/digits-[\w-]+\.bin$/);
  expect(problems.list).toEqual([]);
});

test('says so, and trains nothing, when the digits file is blocked', async ({ page }) => {
  await page.route('**/*.bin', (r) => r.abort('blockedbyclient'));
  await page.goto(`${HOST}/course/week-3/lab/${DIGITS}`);
  await expect(page.getByRole('alert').filter({ hasText: 'handwritten digits could not be loaded' })).toBeVisible();
  await page.getByTestId('play').click();
  await page.waitForTimeout(500);
  expect(await readStep(page)).toBe(0);
});

test('after one visit that never used them, the digits train with the network off (the data file is precached), and a digits lesson opens with its image views', async ({ page, context, problems }) => {
  await page.goto(`${APP}/?lesson=loss`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto(`${APP}/${DIGITS}`);
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(30);
  // The image views are their own chunk, loaded only on the digits: precached too.
  await page.goto(`${APP}/?lesson=digits-vanishing`);
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(30);
  await expect(page.getByTestId('gallery-text-B')).toContainText('guessed');
  expect(problems.list).toEqual([]);
});
