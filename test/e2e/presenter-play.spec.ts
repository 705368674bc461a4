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
