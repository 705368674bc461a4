import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { APP, HOST, expect, playToHorizon, test, type LabRoot } from './fixtures.ts';

/** Each run's last recorded point, from the page's JSON export. */
async function lastPoints(page: Page): Promise<{ id: string; valAcc: number; valLoss: number; trainLoss: number }[]> {
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const doc = JSON.parse(await readFile(await (await wait).path(), 'utf8'));
  return doc.runs.map((r: { id: string; history: { valAcc: number; valLoss: number; trainLoss: number }[] }) => ({ id: r.id, ...r.history.at(-1)! }));
}

/** The validation accuracy (%) each run's button in the image views shows ("A · 95.6 %"). */
async function shownAccuracies(root: LabRoot): Promise<number[]> {
  const labels = await root.locator('.images-run-part label').allTextContents();
  return labels.map((l) => Number(/([\d.]+)\s?%/.exec(l)?.[1] ?? NaN));
}

/** The confusion table of the chosen run: every row sums to the 597 validation digits; the diagonal share is the shown accuracy. */
async function checkConfusion(root: LabRoot, run: number): Promise<void> {
  await root.locator('.images-run-part label').nth(run).click();
  const table = root.getByTestId('confusion');
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
  );
  expect(rows).toHaveLength(10);
  const counts = rows.map((r) => r.slice(0, 10));
  expect(rows.map((r) => r[10])).toEqual(counts.map((r) => r.reduce((a, b) => a + b, 0)));
  expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(597);
  const diag = counts.reduce((a, r, i) => a + r[i], 0);
  const shown = (await shownAccuracies(root))[run];
  expect(Math.abs((100 * diag) / 597 - shown)).toBeLessThanOrEqual(1);
}

/** Each run's probabilities (%) for the drawn digit, once every run has answered. */
async function padAnswer(root: LabRoot): Promise<number[][]> {
  const rows = root.getByTestId('pad-probs').locator('tbody tr');
  await expect(rows.first().locator('td').first()).not.toHaveText('…');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => 100 * Number(td.getAttribute('data-p')))));
}

/** Draws a stroke on the pad from (x0, y0) to (x1, y1), in fractions of its size. */
async function stroke(page: Page, pad: Locator, [x0, y0]: [number, number], [x1, y1]: [number, number]): Promise<void> {
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + x1 * box.width, box.y + y1 * box.height, { steps: 8 });
  await page.mouse.up();
}

/** The pad: an empty pad asks for a digit; a stroke gives every run 10 probabilities summing to 100 %; more ink changes them; keys ink; Clear empties it. */
async function checkPad(page: Page, runs: number, prompt: string): Promise<void> {
  const pad = page.getByTestId('draw-pad');
  await pad.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('pad-answer')).toContainText(prompt);
  await stroke(page, pad, [0.5, 0.15], [0.5, 0.85]);
  const one = await padAnswer(page);
  expect(one).toHaveLength(runs);
  for (const p of one) expect(Math.abs(p.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(1);
  await stroke(page, pad, [0.25, 0.15], [0.75, 0.15]);
  await expect.poll(async () => {
    const two = await padAnswer(page);
    return two.every((p, r) => p.some((v, d) => Math.abs(v - one[r][d]) > 0.01));
  }).toBe(true);
  const ink = Number(await pad.getAttribute('data-ink'));
  await pad.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  expect(Number(await pad.getAttribute('data-ink'))).toBeGreaterThan(ink);
  await page.locator('.images-pad-buttons button').nth(1).click();
  await expect(page.getByTestId('pad-answer')).toContainText(prompt);
}

test('digits lessons play to their horizon at full speed and show their claims; the gallery, confusion table and pad work (English, 1366×768)', async ({ page, problems }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=digits-vanishing&lang=en&speed=max');
  await playToHorizon(page);
  const [sigmoid, relu] = await lastPoints(page);
  expect(sigmoid.valAcc).toBeLessThan(0.15);
  expect(relu.valAcc).toBeGreaterThan(0.94);
  // The gallery: 48 validation digits on one canvas, and in words every run's guess for each.
  await expect(page.locator('canvas.images-gallery')).toHaveCount(1);
  await expect(page.locator('canvas.images-gallery')).toHaveAttribute('aria-label', /first 48 validation digits/);
  for (const run of ['A', 'B']) await expect(page.getByTestId(`gallery-text-${run}`)).toContainText(/#48 is \d, guessed \d/);
  await expect(page.getByTestId('digits-credit')).toContainText('CC BY 4.0');
  await checkConfusion(page, 0);
  await checkConfusion(page, 1);
  await checkPad(page, 2, 'Draw a digit');
  // Export: the image views as a PNG, like any view.
  await page.locator('#export-view').selectOption('boundary');
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = await readFile(await (await wait).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(200);

  await page.goto('/?lesson=digits-batchnorm&lang=en&speed=max');
  await playToHorizon(page);
  const [plain, normed] = await lastPoints(page);
  expect(plain.valAcc).toBeLessThan(0.15);
  expect(normed.valAcc).toBeGreaterThan(0.97);
  await checkConfusion(page, 1);
  expect(problems.list).toEqual([]);
});

test('the over-fitting digits lessons (more data, dropout) show their claims in Korean on a phone (390×844), and the pad answers there while it trains', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lesson=digits-data&lang=ko&speed=max');
  await playToHorizon(page);
  const [few, some, many] = await lastPoints(page);
  expect(few.valAcc).toBeLessThan(0.8);
  expect(some.valAcc).toBeGreaterThan(0.9);
  expect(many.valAcc).toBeGreaterThan(0.97);
  expect(few.valLoss - few.trainLoss).toBeGreaterThan(3 * (some.valLoss - some.trainLoss));
  await expect(page.getByTestId('gallery-text-A')).toContainText(/48번은 \d, 추측 \d/);
  await checkConfusion(page, 2);
  // Keep training: the pad is asked again as the weights move, and drawing while training never throws.
  await page.getByTestId('keep-training').click();
  await checkPad(page, 3, '숫자를 쓰세요');

  // Dropout (four 2×256 nets, 2,000 steps): hidden 0.5 + input 0.2 ends with a smaller loss gap than none.
  await page.goto('/?lesson=digits-dropout&lang=ko&speed=max');
  // ~25 s on this 2-core machine when idle; up to twice that when it is shared.
  await page.getByTestId('play').click();
  await expect(page.getByTestId('keep-training')).toBeVisible({ timeout: 80_000 });
  const [none, , , both] = await lastPoints(page);
  expect(both.valLoss - both.trainLoss).toBeLessThan(0.9 * (none.valLoss - none.trainLoss));
  expect(both.valLoss).toBeLessThan(none.valLoss);
  expect(problems.list).toEqual([]);
});

test('inside a host page the deeper digits lesson trains to its horizon with its image views, an oversized N is clamped with a notice, and setData is refused with a warning', async ({ page, problems }) => {
  test.setTimeout(60_000);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${HOST}/embed-host.html?src=${encodeURIComponent(`${APP}/?lesson=digits-deeper&embed=1&speed=max`)}`);
  const lab = page.frameLocator('#lab');
  await lab.getByTestId('play').click();
  await expect(lab.getByTestId('keep-training')).toBeVisible({ timeout: 45_000 });
  const [d1, d2, d4, d8] = await shownAccuracies(lab);
  expect(d1).toBeGreaterThan(95);
  expect(d2).toBeGreaterThan(90);
  expect(d4).toBeLessThan(25);
  expect(d8).toBeLessThan(15);
  await checkConfusion(lab, 3);
  const points = Array.from({ length: 16 }, (_, i) => ({ x: i < 8 ? -0.5 : 0.5, y: (i % 8) / 8 - 0.5, label: i < 8 ? 0 : 1, split: i % 4 === 3 ? 'val' : 'train' }));
  await page.evaluate((data) => (window as unknown as { send(m: unknown): void }).send({ target: 'backprop-lab', type: 'setData', data: { classes: 2, points: data } }), points);
  await expect.poll(() => warnings.some((w) => /ignored setData: the lab is on the handwritten digits/.test(w))).toBe(true);
  await expect(lab.locator('section.lesson')).toHaveAttribute('data-lesson', 'digits-deeper');

  await page.goto(`${APP}/?dataset=digits&trainSize=5000&depth=2&width=16&activation=relu&compare=none`);
  await expect(page.locator('section.notices')).toContainText('trainSize=5000');
  await expect(page.locator('section.notices')).toContainText('1200');
  await expect(page.locator('[data-view="boundary"][data-images]')).toBeVisible();
  expect(problems.list).toEqual([]);
});
