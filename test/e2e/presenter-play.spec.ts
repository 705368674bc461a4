import { expect, test } from './fixtures.ts';

// WebKit once moved the presenter-mode Play button 20 px down on the first hover or focus (the compare box
// re-sized under it), so a click pressed on the button and released beside it. The same check runs in
// WebKit and Firefox in test/browsers/smoke.mjs.
test('presenter mode: the Play button does not move on hover or focus, and one click plays', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?present=1&lesson=loss');
  const play = page.getByTestId('play');
  await expect(play).toBeVisible();
  const before = await play.boundingBox();
  await play.hover();
  expect(await play.boundingBox()).toEqual(before);
  await play.focus();
  expect(await play.boundingBox()).toEqual(before);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  expect(problems.list).toEqual([]);
});

// A link with a fixed-up setting shows its notice floating over the screen in presenter mode; on a 1280×720
// projector it once sat over Step and Reset, so Step could not be clicked until the notice was dismissed.
test('presenter mode on a 1280×720 projector: a link notice covers none of Play, Step and Reset, and Step steps', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1&embed=abc&lesson=vanishing');
  const notice = page.locator('.notices');
  await expect(notice).toBeVisible();
  const n = (await notice.boundingBox())!;
  for (const name of [/^Play$/, /^Step$/, /^Reset$/]) {
    const b = (await page.getByRole('button', { name }).first().boundingBox())!;
    const overlaps = b.x < n.x + n.width && n.x < b.x + b.width && b.y < n.y + n.height && n.y < b.y + b.height;
    expect(overlaps, `${name} at ${JSON.stringify(b)}, notice at ${JSON.stringify(n)}`).toBe(false);
  }
  await page.getByRole('button', { name: /^Step$/ }).first().click({ timeout: 5_000 });
  await expect(page.getByTestId('step')).toHaveText('1');
  expect(problems.list).toEqual([]);
});

// The first lesson's answer is long: on a projector its "Keep training" sat below the fold of the lesson box.
test('presenter mode: when a lesson pauses itself, its answer and Keep training are in view in the lesson box', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?present=1&lesson=onelayer&speed=max');
  await page.getByTestId('play').click();
  const keep = page.getByTestId('keep-training');
  await expect(keep).toBeVisible({ timeout: 30_000 });
  const box = (await page.locator('section.lesson').boundingBox())!;
  const b = (await keep.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(box.y);
  expect(b.y + b.height, `Keep training at ${JSON.stringify(b)}, lesson box ${JSON.stringify(box)}`).toBeLessThanOrEqual(box.y + box.height);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await keep.click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  expect(problems.list).toEqual([]);
});
