import type { Frame, Page } from '@playwright/test';
import { APP, HOST, expect, readStep, test } from './fixtures.ts';

/** Waits until the page's service worker is active and controls the page: the whole build is then precached. */
async function controlled(target: Page | Frame): Promise<void> {
  await target.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => target.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit the lab opens and trains with the network off, in English and in Korean', async ({ page, context, problems }) => {
  await page.goto(`${APP}/?lesson=loss`);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveTitle('Backprop Lab');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(30);
  await expect(page.locator('.boundary-canvas[data-step-drawn="yes"]').first()).toBeAttached();
  await expect(page.locator('[data-view="curves"] svg path').first()).toBeAttached();

  await page.goto(`${APP}/?lesson=init&lang=ko`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('play')).toContainText('재생');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(30);
  expect(problems.list).toEqual([]);
});

test('offline from a sub-path: the embedding example reloads and its Play trains the framed lab', async ({ page, context, problems }) => {
  await page.goto(`${HOST}/course/week-3/lab/embed-example.html`);
  await controlled(page);
  await expect(page.getByTestId('example-status')).toContainText('Connected');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('example-status')).toContainText('Connected');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await page.getByTestId('example-step').textContent()), { timeout: 15_000 }).toBeGreaterThan(20);
  expect(problems.list).toEqual([]);
});

test('offline inside a cross-origin frame: the framed lab reloads from its cache and trains on the host page’s command', async ({ page, context, problems }) => {
  await page.goto(`${HOST}/frame.html?src=${encodeURIComponent(`${APP}/?embed=1&lesson=loss`)}`);
  const frame = () => page.frames().find((f) => f.url().startsWith(APP));
  await expect.poll(() => frame() !== undefined).toBe(true);
  await controlled(frame()!);
  await context.setOffline(true);
  await frame()!.evaluate(() => location.reload());
  const lab = page.frameLocator('#lab');
  await expect(lab.getByTestId('step')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: { data: { type?: string } }[] }).received.filter((m) => m.data?.type === 'ready').length)).toBe(2);
  await page.evaluate(() => (document.getElementById('lab') as HTMLIFrameElement).contentWindow!.postMessage({ target: 'backprop-lab', type: 'play' }, '*'));
  await expect.poll(() => readStep(lab), { timeout: 15_000 }).toBeGreaterThan(20);
  expect(problems.list).toEqual([]);
});

test('a new version is picked up: a small notice while the old one runs, the new one on the next load', async ({ page, request, problems }) => {
  const sub = `${HOST}/course/week-3/lab/`;
  await page.goto(`${sub}?lesson=loss`);
  await controlled(page);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  await request.post(`${HOST}/bump-sw`);
  await page.reload();
  await expect(page.getByTestId('update-notice')).toContainText('new version');
  await page.getByRole('button', { name: 'Load it now' }).click();
  await expect(page.getByTestId('step')).toBeVisible();
  await expect(page.getByTestId('update-notice')).toHaveCount(0);
  expect(problems.list).toEqual([]);
});
