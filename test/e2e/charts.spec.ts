import type { Page } from '@playwright/test';
import { expect, nextFrames, pausedStep, playPastHorizon, readStep, test } from './fixtures.ts';

/**
 * Share of painted (non-transparent) pixels of every canvas matching a selector, as the page shows them: copied
 * onto a canvas of the test's own (the app's canvases hand their drawing to an OffscreenCanvas, so they have no
 * context to read from).
 */
async function canvasCoverage(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLCanvasElement>(sel)].map((c) => {
        if (c.width === 0 || c.height === 0) return 0;
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const ctx = copy.getContext('2d');
        ctx?.drawImage(c, 0, 0);
        const data = ctx?.getImageData(0, 0, c.width, c.height).data;
        if (!data || data.length === 0) return 0;
        let painted = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) painted++;
        return painted / (data.length / 4);
      }),
    selector,
  );
}

/**
 * Each of `count` heatmaps paints every pixel of the width its columns span, and that span is most of the chart:
 * past a lesson's horizon the x-axis ends at a nice number beyond the newest step, at most a quarter beyond it.
 */
async function expectHeatmapsFilled(page: Page, count: number): Promise<void> {
  const coverage = await canvasCoverage(page, '.charts-heatmap canvas');
  const spans = await page.locator('.charts-heatmap canvas').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-span'))));
  expect(coverage).toHaveLength(count);
  for (const [i, c] of coverage.entries()) {
    expect(spans[i]).toBeGreaterThan(0.75);
    expect(c).toBeGreaterThan(spans[i] - 0.02);
  }
}

/** Points drawn per train/validation curve (the curves canvas lists them per run), and per gap area. */
async function drawnCurves(page: Page): Promise<{ runs: string[]; train: number[]; val: number[]; gap: number[] }> {
  return page.locator('.charts-curves-panel canvas.charts-curves-lines').evaluate((e) => {
    const list = (k: string) => (e.getAttribute(`data-${k}`) ?? '').split(',').filter(Boolean);
    return { runs: list('runs'), train: list('train').map(Number), val: list('val').map(Number), gap: list('gap').map(Number) };
  });
}

/** Points drawn per gradient line (each chart's canvas lists them per layer), all runs in order. */
async function drawnLinePoints(page: Page): Promise<number[]> {
  return page.locator('.charts-grad-panel canvas.charts-grad-lines').evaluateAll((els) =>
    els.flatMap((e) => (e.getAttribute('data-points') ?? '').split(',').filter(Boolean).map(Number)));
}

/**
 * Trains on at full speed until the step counter passes `steps`, then pauses and waits until every view has drawn
 * the paused runs (paused, the views all draw at once; a canvas shows its drawing a frame later).
 */
async function trainOnTo(page: Page, steps: number): Promise<void> {
  await expect.poll(() => readStep(page), { timeout: 45_000 }).toBeGreaterThan(steps);
  await page.getByTestId('play').click();
  await pausedStep(page);
  await nextFrames(page);
}

/**
 * Trains the default lesson at full speed through its 300-step horizon and on past `steps` (thousands: the recorded
 * history has been halved a few times by then), and pauses.
 */
async function trainFor(page: Page, steps: number): Promise<void> {
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  await trainOnTo(page, steps);
}

test('after Play, the gradient and curve charts fill with points and sigmoid A gets a far smaller first/last ratio than ReLU B', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await trainFor(page, 10_000);

  const grad = await drawnLinePoints(page);
  expect(grad.length).toBe(2 * 9);
  for (const n of grad) expect(n).toBeGreaterThan(10);
  for (const c of await canvasCoverage(page, '.charts-grad-panel canvas.charts-grad-lines')) expect(c).toBeGreaterThan(0.01);
  const drawn = await drawnCurves(page);
  const curves = [...drawn.train, ...drawn.val];
  expect(curves.length).toBe(4);
  for (const n of curves) expect(n).toBeGreaterThan(10);

  await expectHeatmapsFilled(page, 2);

  const a = Number(await page.getByTestId('grad-ratio-A').getAttribute('data-value'));
  const b = Number(await page.getByTestId('grad-ratio-B').getAttribute('data-value'));
  expect(a).toBeGreaterThan(0);
  expect(a).toBeLessThan(b);
  expect(a).toBeLessThan(1e-2);
  // The readout writes the ratio as a power of ten ("10⁻⁵" or "3×10⁻⁵", depending on how far training went):
  // read it back as a number and it must agree with the exact ratio to within the one shown digit.
  const shown = (await page.getByTestId('grad-ratio-A').textContent()) ?? '';
  const match = /(?:(\d(?:\.\d+)?)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/.exec(shown);
  expect(match, `a power of ten in "${shown}"`).not.toBeNull();
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const exponent = Number(
    [...match![2]].map((c) => (c === '⁻' ? '-' : String(digits.indexOf(c)))).join(''),
  );
  const readBack = Number(match![1] ?? '1') * 10 ** exponent;
  expect(exponent).toBeLessThan(-2);
  expect(readBack / a).toBeGreaterThan(0.5);
  expect(readBack / a).toBeLessThan(2);

  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-1280.png' });
  await page.locator('.charts-grad-panel').screenshot({ path: 'test-results/charts-grad-1280.png' });
  await page.locator('.charts-health-panel').screenshot({ path: 'test-results/charts-health-1280.png' });
  expect(problems.list).toEqual([]);
});

/** RGBA pixels of every canvas matching a selector, as the page shows them (through a copy, as canvasCoverage). */
async function canvasRgba(page: Page, selector: string): Promise<number[][]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLCanvasElement>(sel)].map((c) => {
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(c, 0, 0);
        return [...ctx.getImageData(0, 0, c.width, c.height).data];
      }),
    selector,
  );
}

/** Share of the pixels painted in either picture that differ by more than 96 in a channel. */
function differing(a: number[], b: number[]): { share: number; painted: number } {
  let differ = 0;
  let painted = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i + 3] === 0 && b[i + 3] === 0) continue;
    painted++;
    if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]), Math.abs(a[i + 3] - b[i + 3])) > 96) differ++;
  }
  return { share: painted ? differ / painted : 1, painted };
}

test('gradient lines and heatmaps drawn a few steps at a time look the same as drawn whole', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  const lines = '.charts-grad-panel canvas.charts-grad-lines';
  const cells = '.charts-grad-panel canvas.charts-heatmap-cells';
  const from = () => page.locator(`${lines}, ${cells}`).evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-from'))));
  // Paused just after redraws that continued (not after a whole redraw: a halved history or a new axis end).
  let last: number[] = [];
  for (let attempt = 0; attempt < 5 && !(last.length === 4 && last.every((f) => f > 0)); attempt++) {
    if ((await page.getByTestId('play').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('play').click();
    await expect.poll(async () => (await from()).every((f) => f > 0), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    last = await from();
  }
  expect(last.every((f) => f > 0), `continued redraws before the pause (data-from ${last})`).toBe(true);
  const pieced = { lines: await canvasRgba(page, lines), cells: await canvasRgba(page, cells) };
  // Another metric and back: the scales' key changes twice, so both are drawn whole from the same points.
  await page.getByText('Errors ‖∂L/∂z‖').click();
  await page.getByText('Weights ‖∂L/∂W‖').click();
  await expect.poll(from).toEqual([0, 0, 0, 0]);
  const whole = { lines: await canvasRgba(page, lines), cells: await canvasRgba(page, cells) };
  for (const kind of ['lines', 'cells'] as const) {
    expect(whole[kind].map((p) => p.length)).toEqual(pieced[kind].map((p) => p.length));
    for (const [k, a] of pieced[kind].entries()) {
      const d = differing(a, whole[kind][k]);
      console.log(`${kind} ${k}: ${(100 * d.share).toFixed(2)} % of ${d.painted} painted pixels differ`);
      expect(d.painted).toBeGreaterThan(500);
      // Lines: where a newer segment of a deeper layer crosses the end of an older one of another, the order of
      // the strokes differs from a whole redraw (measured 0.3–2.4 %; a skipped segment gives ~100 %). Heatmap
      // columns land on the same pixels, bar the anti-aliased edge of each piece.
      expect(d.share).toBeLessThan(kind === 'lines' ? 0.06 : 0.01);
    }
  }
  expect(problems.list).toEqual([]);
});

test('a chart out of sight while training waits, and shows the newest steps when exported or scrolled back into sight', async ({ page, problems }) => {
  // A phone-sized page: most of the views are below the fold.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  const lines = page.locator('.charts-grad-panel canvas.charts-grad-lines');
  const drawnStep = async () => Math.min(...(await lines.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-step'))))));
  // Just out of sight: its top 60 px below the fold. A view draws once it is on screen, not before (a margin
  // round the screen made the charts just below it draw at full rate: bench/README, "Pixels just below the fold").
  const away = await page.evaluate(() => {
    const el = document.querySelector('.charts-grad-panel')!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight - 60);
    const r = el.getBoundingClientRect();
    return r.top > innerHeight + 50 && r.top < innerHeight + 70;
  });
  expect(away, 'the gradient panel can sit just below the fold at 390×844').toBe(true);
  // Wait until the page knows: an observer of the test's own, on the viewport as the page's, is told the panel is out of
  // sight after the page's (observers are told in the order they were made). Two frames on, no drawing from before
  // is still on its way to the canvases.
  await page.locator('.charts-grad-panel').evaluate(
    (panel) =>
      new Promise<void>((done) => {
        const io = new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => !e.isIntersecting)) {
              io.disconnect();
              done();
            }
          },
          { rootMargin: '0px' },
        );
        io.observe(panel);
      }),
  );
  await nextFrames(page);
  const held = await drawnStep();
  const start = await readStep(page);
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(start + 3_000);
  // The canvases drew nothing meanwhile: no pixels for nobody.
  expect(await drawnStep()).toBe(held);
  expect(await lines.count()).toBe(2);

  // An export of the view draws it first, out of sight as it is.
  await page.locator('#export-view').selectOption('gradients');
  const before = await readStep(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  await download;
  expect(await drawnStep()).toBeGreaterThan(held);
  expect(await drawnStep()).toBeGreaterThan(before - 3_000);

  // Back in sight, it catches up with training at once and draws on.
  const exported = await drawnStep();
  await page.locator('.charts-grad-panel').scrollIntoViewIfNeeded();
  const now = await readStep(page);
  await expect.poll(drawnStep, { timeout: 5_000 }).toBeGreaterThan(Math.max(exported, now - 3_000));
  // Pixels are read paused: while training, what the page shows can be a frame behind what a canvas says it drew.
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  for (const c of await canvasCoverage(page, '.charts-grad-panel canvas.charts-grad-lines')) expect(c).toBeGreaterThan(0.01);
  // The pause's last drawing reaches the page's canvas a frame after it says what it drew (OffscreenCanvas).
  await expect(() => expectHeatmapsFilled(page, 2)).toPass({ timeout: 5_000 });
  expect(problems.list).toEqual([]);
});

test('the curves chart is read step by step with the keyboard', async ({ page, problems }) => {
  await trainFor(page, 3_000);
  const plot = page.getByTestId('curves-plot');
  await plot.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('curves-readout')).toHaveAttribute('data-step', '0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const second = Number(await page.getByTestId('curves-readout').getAttribute('data-step'));
  await page.keyboard.press('ArrowLeft');
  const first = Number(await page.getByTestId('curves-readout').getAttribute('data-step'));
  expect(first).toBeGreaterThan(0);
  expect(second).toBe(2 * first);
  await expect(page.locator('.charts-cursor')).toHaveAttribute('data-step', String(first));
  // The arrows moved the cursor, not the lesson (← / → switch lessons elsewhere on the page): the cursor has been
  // drawn since the last arrow, so a lesson switched by the first ones would be on screen.
  await expect(page.locator('section.lesson')).toHaveAttribute('data-lesson', 'vanishing');
  expect(new URL(page.url()).searchParams.get('lesson')).toBe('vanishing');
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-cursor.png' });

  const hover = page.locator('.charts-hover');
  const box = (await hover.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const mid = Number(await page.getByTestId('curves-readout').getAttribute('data-step'));
  expect(mid).toBeGreaterThan(10);
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect.poll(async () => Number(await page.getByTestId('curves-readout').getAttribute('data-step'))).toBeGreaterThan(mid);

  await page.locator('.charts-curves-panel').getByRole('radio', { name: 'Accuracy' }).check();
  await expect(page.locator('.charts-curves-panel .charts-axis-left .charts-tick text').last()).toHaveText('100 %');
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-acc.png' });
  expect(problems.list).toEqual([]);
});

test('on a 360 px phone the charts stack and stay inside the screen', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await trainFor(page, 6_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['curves', 'grad', 'health']) {
    const panel = page.locator(`.charts-${name}-panel`);
    const box = await panel.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await panel.screenshot({ path: `test-results/charts-${name}-360.png` });
  }
  expect(problems.list).toEqual([]);
});

test('Korean texts and presenter mode render the charts without problems', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=ko&present=1&speed=max');
  await playPastHorizon(page);
  await trainOnTo(page, 5_000);
  await expect(page.getByTestId('grad-ratio-A')).toContainText('첫 은닉층');
  await page.locator('.charts-grad-panel').screenshot({ path: 'test-results/charts-grad-ko-present.png' });
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-ko-present.png' });
  expect(problems.list).toEqual([]);
});

test('a run that diverges says so, with its step and learning rate, and the other charts keep working', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?learningRate=10&init=large');
  await page.getByTestId('play').click();
  await expect(page.locator('[data-testid^="grad-diverged-"]').first()).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('play').click();
  await expect(page.locator('[data-testid^="grad-diverged-"]').first()).toContainText('(10)');
  await expect(page.locator('[data-testid^="curves-diverged-"]').first()).toBeVisible();
  await page.locator('.charts-grad-panel').screenshot({ path: 'test-results/charts-grad-diverged.png' });
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-diverged.png' });
  expect(problems.list).toEqual([]);
});

test('a 4K projector gets wide, readable charts', async ({ page, problems }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/?present=1&speed=max');
  await playPastHorizon(page);
  await trainOnTo(page, 3_000);
  await page.screenshot({ path: 'test-results/charts-page-4k.png' });
  await page.locator('.charts-grad-panel section[data-run="B"]').screenshot({ path: 'test-results/charts-grad-4k-B.png' });
  const box = await page.locator('.charts-grad-panel').boundingBox();
  const svgWidths = await page.locator('.charts-grad-panel svg.charts-svg').evaluateAll((els) => els.map((e) => Number(e.getAttribute('width'))));
  for (const w of svgWidths) expect(w).toBeLessThanOrEqual(box!.width);
  expect(problems.list).toEqual([]);
});

test('eight 20-layer runs at full speed: every chart draws and frames keep coming', { tag: '@timed' }, async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?depth=20&width=8&compare=learningRate&values=0.01,0.02,0.03,0.05,0.1,0.2,0.3,0.5&speed=max');
  await expect(page.locator('.charts-grad-panel section.charts-run')).toHaveCount(8);
  // Through the lesson's 300-step horizon (the heatmaps span it until passed), then on at full speed.
  await playPastHorizon(page);
  await expect.poll(() => readStep(page), { timeout: 10_000 }).toBeGreaterThan(50);
  const from = await readStep(page);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number; since: number };
    w.longTasks = [];
    w.frames = 0;
    w.since = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const loop = () => {
      w.frames++;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  // 2,000 steps more (a few seconds here): the charts fill out, and the frames are counted meanwhile.
  await expect.poll(() => readStep(page), { timeout: 45_000 }).toBeGreaterThan(from + 2_000);
  const { longTasks, frames, ms } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number; since: number };
    return { longTasks: w.longTasks, frames: w.frames, ms: performance.now() - w.since };
  });
  const t0 = Date.now();
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  const pauseMs = Date.now() - t0;
  // Logged, not asserted: on a shared 2-core machine other work inflates every task (see the report).
  console.log(`8 runs × 21 layers: ${frames} frames in ${(ms / 1000).toFixed(1)} s, pause took ${pauseMs} ms, long tasks ${JSON.stringify(longTasks.map(Math.round))}`);
  // Frames keep coming: more than 5 a second (the 20 in 4 s this test asked for when it counted a fixed 4 s).
  expect(frames).toBeGreaterThan((5 * ms) / 1000);
  await pausedStep(page);
  await nextFrames(page);
  expect(await drawnLinePoints(page)).toHaveLength(8 * 21);
  await expectHeatmapsFilled(page, 8);
  await page.locator('.charts-grad-panel').screenshot({ path: 'test-results/charts-grad-8runs.png' });
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-8runs.png' });
  await page.locator('.charts-health-panel').screenshot({ path: 'test-results/charts-health-8runs.png' });
  expect(problems.list).toEqual([]);
});

test('overfitting lesson: the big net’s lowest validation loss comes early and its gap is shaded', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lesson=overfitting&speed=max');
  await playPastHorizon(page);
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(1_500);
  await page.getByTestId('play').click();
  const best = Number(await page.locator('.charts-best[data-run="B"]').getAttribute('data-step'));
  const latest = Number(await page.getByTestId('curves-readout').getAttribute('data-step'));
  expect(best).toBeLessThan(latest / 2);
  const drawn = await drawnCurves(page);
  // B's gap is shaded: an area out along one curve and back along the other, over many recorded steps.
  expect(drawn.gap[drawn.runs.indexOf('B')]).toBeGreaterThan(40);
  for (const c of await canvasCoverage(page, '.charts-curves-panel canvas.charts-curves-lines')) expect(c).toBeGreaterThan(0.01);
  await page.locator('.charts-curves-panel').screenshot({ path: 'test-results/charts-curves-overfitting.png' });
  expect(problems.list).toEqual([]);
});
