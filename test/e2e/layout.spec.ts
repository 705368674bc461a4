import type { Page } from '@playwright/test';
import { expect, playPastHorizon, readStep, test } from './fixtures.ts';

/** Visible elements whose box sticks out past the right edge of the viewport (tolerance 1 px). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const w = window.innerWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      if (r.right > w + 1) out.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className || ''} right=${Math.round(r.right)}`);
    }
    return out;
  });
}

/** Distinct colours among a sample of a canvas's pixels as the page shows them (a blank canvas has one). */
async function canvasColours(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => {
      if (c.width === 0 || c.height === 0) return 0;
      // Copied onto a canvas of the test's own: the app's canvases hand their drawing to an OffscreenCanvas.
      const copy = document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(c, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 37) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }),
  );
}

/** Number of segments of the network diagram's edge bundles. */
async function bundleSegments(page: Page): Promise<number[]> {
  return page.$$eval('.network-diagram path.bundle', (paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('L').length - 1));
}

async function trainAWhile(page: Page): Promise<void> {
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(150);
  await expect(page.locator('.boundary-canvas[data-step-drawn="yes"]')).toHaveCount(2);
}

for (const [w, h] of [
  [360, 640],
  [1280, 800],
  [3840, 2160],
] as const) {
  test(`at ${w}×${h} nothing sticks out sideways and every view draws while training`, async ({ page, problems }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?speed=max');
    await trainAWhile(page);
    await page.screenshot({ path: `test-results/layout-${w}x${h}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await overflowing(page)).toEqual([]);
    for (const n of await canvasColours(page, '.boundary-canvas')) expect(n).toBeGreaterThan(10);
    const segments = await bundleSegments(page);
    expect(segments.length).toBe(9);
    for (const n of segments) expect(n).toBeGreaterThan(1);
    for (const d of await page.$$eval('.panels svg path', (ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(d.length).toBeGreaterThan(0);
    expect(problems.list).toEqual([]);
  });
}

// The default lesson, and the tallest case: ten layers (more health rows) with the longest Korean "what happened".
for (const [name, query] of [
  ['the default lesson in English', '/?present=1&speed=max'],
  ['lesson xavier (ten layers) in Korean', '/?present=1&lesson=xavier&lang=ko&speed=max'],
]) {
  test(`presenter mode, ${name}: fits 1920×1080 without scrollbars, every chart fully on screen, only the essential controls`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(query);
    await trainAWhile(page);
    await page.screenshot({ path: `test-results/layout-present-1920x1080-${query.includes('xavier') ? 'xavier-ko' : 'default'}.png`, fullPage: true });
    const size = await page.evaluate(() => ({
      overX: document.documentElement.scrollWidth - window.innerWidth,
      overY: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(size).toEqual({ overX: 0, overY: 0 });
    // Gradients, decision boundaries, curves, layer health and the network: each shown whole, nothing cut off inside.
    const views = await page.evaluate(() =>
      ['gradients', 'boundary', 'curves', 'health', 'network'].map((view) => {
        const el = document.querySelector<HTMLElement>(`.panels [data-view='${view}']`);
        if (!el) return { view, missing: true };
        const r = el.getBoundingClientRect();
        return {
          view,
          onScreen: r.width > 100 && r.height > 100 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
          clipped: el.scrollHeight - el.clientHeight > 1,
          drawn: el.querySelectorAll('svg path[d]:not([d=""]), svg rect, canvas').length > 0,
        };
      }),
    );
    for (const v of views) expect(v, v.view).toEqual({ view: v.view, onScreen: true, clipped: false, drawn: true });
    await expect(page.locator('.knob-group')).toHaveCount(0);
    await expect(page.locator('#speed')).toHaveCount(0);
    await expect(page.locator('#cmp-0')).toBeVisible();
    expect(problems.list).toEqual([]);
  });
}

test('presenter mode with a 2×2 grid keeps four gradient charts in one row, and a view with more than fits scrolls inside its box', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present=1&compare=activation&values=sigmoid,relu&compare2=dropoutHidden&values2=0,0.5&speed=max');
  await playPastHorizon(page);
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(150);
  await page.getByTestId('play').click();
  await page.screenshot({ path: 'test-results/layout-present-1920x1080-grid.png' });
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBe(0);
  const tops = await page.locator('.charts-grad-panel section.charts-run').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(4);
  expect(new Set(tops).size).toBe(1);
  const health = page.locator(".panels [data-view='health']");
  const box = await health.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
  // Four runs of layer health do not fit under the charts: the box scrolls, and the last run can be scrolled to.
  expect(await health.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
  const last = page.locator(".charts-health-panel section[data-run='D']");
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBe(0);
  expect(problems.list).toEqual([]);
});

test('an embed at 360×480 shows only the controls listed in ?controls=, without sideways scrolling', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto('/?embed=1&controls=play,compare&speed=max');
  await expect(page.getByTestId('play')).toBeVisible();
  await expect(page.locator('.knob-group')).toHaveCount(0);
  await expect(page.locator('#compare-knob')).toBeVisible();
  await expect(page.locator('.export')).toHaveCount(0);
  await trainAWhile(page);
  await page.screenshot({ path: 'test-results/layout-embed-360x480.png', fullPage: true });
  expect(await overflowing(page)).toEqual([]);
  expect(problems.list).toEqual([]);
});
