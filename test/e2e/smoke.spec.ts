import { APP, HOST, expect, readStep, test } from './fixtures.ts';

test('the default page trains both runs live without any console error or foreign request', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Backprop Lab');
  await expect(page.locator('tr[data-run="A"]').first()).toBeVisible();
  await expect(page.locator('tr[data-run="B"]').first()).toBeVisible();
  await page.getByTestId('play').click();
  // The default lesson plays at its pace (12 steps/s): 50 steps take ~4 s.
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(50);
  const s1 = await readStep(page);
  // Still training: the counter moves on.
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(s1);
  await expect(page.getByTestId('trainLoss-A')).not.toHaveText('—');
  await expect(page.getByTestId('trainLoss-B')).not.toHaveText('—');
  await page.screenshot({ path: 'test-results/default-page.png', fullPage: true });
  expect(problems.list).toEqual([]);
});

test('the app runs inside an iframe of a page from another origin', async ({ page, problems }) => {
  await page.goto(`${HOST}/frame.html?src=${encodeURIComponent(`${APP}/?embed=1`)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('tr[data-run="A"]').first()).toBeVisible();
  await frame.getByTestId('play').click();
  await expect.poll(() => readStep(frame), { timeout: 5_000 }).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/iframe-host.png' });
  expect(problems.list).toEqual([]);
});
