import { expect, readStep, test } from './fixtures.ts';

for (const [w, h] of [[1280, 800], [360, 640]] as const) {
  test(`charts screenshots at ${w}×${h}`, async ({ page, problems }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    await page.getByTestId('play').click();
    await expect.poll(() => readStep(page), { timeout: 5_000 }).toBeGreaterThan(200);
    await page.waitForTimeout(2_500);
    await page.getByTestId('play').click();
    for (const name of ['curves', 'grad', 'health']) {
      await page.locator(`.charts-${name}-panel`).screenshot({ path: `test-results/charts-${name}-${w}.png` });
    }
    await page.screenshot({ path: `test-results/charts-page-${w}.png`, fullPage: true });
    expect(problems.list).toEqual([]);
  });
}
