import { HOST, expect, readStep, test } from './fixtures.ts';

test('the build works from a sub-path of another site, worker and all', async ({ page, problems }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${HOST}/course/week-3/lab/?lesson=loss`);
  await expect(page).toHaveTitle('Backprop Lab');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(50);
  await expect(page.locator('.boundary-canvas[data-step-drawn="yes"]').first()).toBeAttached();
  // Every asset (scripts, styles, the worker, the icon) came from under the sub-path.
  const assets = requests.filter((p) => p !== '/course/week-3/lab/');
  expect(assets.length).toBeGreaterThan(2);
  expect(assets.filter((p) => !p.startsWith('/course/week-3/lab/'))).toEqual([]);
  expect(problems.list).toEqual([]);
});
