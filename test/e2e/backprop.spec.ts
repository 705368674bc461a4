import type { Page } from '@playwright/test';
import { backpropStepsEn as E } from '../../src/i18n/parts/backpropSteps.en.ts';
import { traceRun, type BackpropTrace } from '../../src/state/backprop.ts';
import { findLesson } from '../../src/state/lessons.ts';
import { runSpecs } from '../../src/state/runs.ts';
import { expect, test } from './fixtures.ts';

const lesson = findLesson('backprop')!;
const PHASES = 9;
const SUP: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };

/** A number as the page writes it: "−0.0138", "3.41×10⁻⁵", "10⁻⁴". */
function parseShown(text: string): number {
  const s = text.trim().replace(/^[aδ]\s+/, '').replace('−', '-');
  const m = /^(-?)(?:([\d.]+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(s);
  if (m) return Number(`${m[1]}${m[2] ?? '1'}e${[...m[3]].map((c) => SUP[c]).join('')}`);
  return Number(s);
}

/** Within the 3 significant digits the page shows. */
const near = (shown: number, v: number) => Math.abs(shown - v) <= 0.006 * Math.abs(v) + 1e-12;

let trace: BackpropTrace;
test.beforeAll(async () => {
  trace = await traceRun(runSpecs(lesson.config, lesson.comparison)[0].config);
});

/** The numbers at the diagram's units: shown text and the unrounded value the page holds. */
async function unitNumbers(page: Page): Promise<{ text: string; value: number }[]> {
  return page.locator('.backprop-diagram text.value').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent ?? '', value: Number(e.getAttribute('data-value')) })),
  );
}

async function noSideScroll(page: Page): Promise<void> {
  const [sw, w] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(sw).toBeLessThanOrEqual(w);
}

test('the backprop lesson opens on the step-through; Next and Back walk every phase with the engine’s numbers', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lesson=backprop&lang=en');
  const box = page.getByTestId('backprop');
  await expect(box).toBeVisible();
  await expect(page.getByTestId('backprop-toggle')).toHaveAttribute('aria-pressed', 'true');
  const live = page.getByTestId('backprop-live');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  const next = page.getByTestId('backprop-next');
  const heads: string[] = [];
  for (let i = 0; i < PHASES; i++) {
    await expect(box).toHaveAttribute('data-phase-index', String(i));
    await expect(live).toContainText(`Phase ${i + 1} of ${PHASES}`);
    heads.push((await page.locator('.backprop-detail h3').textContent()) ?? '');
    // Every number at a unit is the trace's, shown to 3 significant digits.
    const nums = await unitNumbers(page);
    expect(nums.length).toBeGreaterThan(0);
    for (const n of nums) expect(near(parseShown(n.text), n.value), `${n.text} vs ${n.value}`).toBe(true);
    await page.screenshot({ path: `test-results/backprop-1280-${i + 1}.png` });
    if (i < PHASES - 1) await next.click();
  }
  await expect(next).toBeDisabled();
  expect(heads[0]).toBe(E['backprop.forward.title'].replace('{layer}', 'H1'));
  expect(heads[3]).toBe(E['backprop.error.title']);
  expect(heads[5]).toBe(E['backprop.backward.title'].replace('{layer}', 'H1'));
  expect(heads[8]).toBe(E['backprop.chain.title']);
  // In the last phase the units carry the inputs, then every layer’s δ (H1, H2, out), exactly the trace’s.
  const last = await unitNumbers(page);
  expect(last.map((n) => n.value)).toEqual([...trace.x, ...trace.layers.flatMap((l) => l.delta)]);
  await page.getByTestId('backprop-back').click();
  await expect(box).toHaveAttribute('data-phase-index', String(PHASES - 2));
  await expect(live).toContainText(E['backprop.update.title']);
  expect(problems.list).toEqual([]);
});

test('the forward pass and the δ of H1 show the trace’s own values, and the update shows the engine’s w after', async ({ page }) => {
  await page.goto('/?lesson=backprop&lang=en');
  const box = page.getByTestId('backprop');
  await expect(box).toBeVisible();
  const H1 = trace.layers[0];
  const first = await unitNumbers(page);
  expect(first.map((n) => n.value)).toEqual([...trace.x, ...H1.a]);
  first.slice(2).forEach((n, i) => expect(near(parseShown(n.text), H1.a[i])).toBe(true));
  for (let i = 0; i < 5; i++) await page.getByTestId('backprop-next').click();
  const items = page.locator('.backprop-detail .formulas li');
  await expect(items).toHaveCount(H1.outputs);
  for (let j = 0; j < H1.outputs; j++) {
    const text = (await items.nth(j).textContent()) ?? '';
    const lastNum = text.split('=').at(-1)!;
    expect(near(parseShown(lastNum), H1.delta[j]), text).toBe(true);
  }
  await page.getByTestId('backprop-next').click();
  await page.getByTestId('backprop-next').click();
  const row = page.locator('.backprop-table.update').first().locator('tbody tr').first().locator('td');
  expect(near(parseShown((await row.nth(0).textContent()) ?? ''), H1.W[0])).toBe(true);
  expect(near(parseShown((await row.nth(2).textContent()) ?? ''), H1.WAfter[0])).toBe(true);
});

test('N and B step the phases from the keyboard, the arrows inside the box, and the live text follows', async ({ page, problems }) => {
  await page.goto('/?lesson=backprop&lang=en');
  const box = page.getByTestId('backprop');
  await expect(box).toBeVisible();
  const live = page.getByTestId('backprop-live');
  for (let i = 1; i < PHASES; i++) {
    await page.keyboard.press('n');
    await expect(box).toHaveAttribute('data-phase-index', String(i));
    await expect(live).toContainText(`Phase ${i + 1} of ${PHASES}`);
  }
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(box).toHaveAttribute('data-phase-index', String(PHASES - 3));
  // Inside the box → and ← move the phases and leave the lesson alone.
  await page.getByTestId('backprop-back').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(box).toHaveAttribute('data-phase-index', String(PHASES - 4));
  await page.keyboard.press('ArrowRight');
  await expect(box).toHaveAttribute('data-phase-index', String(PHASES - 3));
  await expect(page.getByTestId('lesson-select')).toHaveValue('backprop');
  // Then Play trains normally; the step-through says its numbers are step 0's.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.locator('.backprop')).toContainText(E['backprop.stale'], { timeout: 15_000 });
  expect(problems.list).toEqual([]);
});

test('at 360 px every phase fits the width, and in Korean the texts are Korean', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?lesson=backprop&lang=ko');
  const box = page.getByTestId('backprop');
  await expect(box).toBeVisible();
  for (let i = 0; i < PHASES; i++) {
    await expect(box).toHaveAttribute('data-phase-index', String(i));
    await noSideScroll(page);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/backprop-360-${i + 1}.png` });
    if (i < PHASES - 1) await page.getByTestId('backprop-next').click();
  }
  await expect(page.getByTestId('backprop-live')).toContainText('9개 과정 중 9번째');
  expect(problems.list).toEqual([]);
});

test('presenter mode at 1920×1080 shows the step-through beside the gradients, on one screen', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?lesson=backprop&lang=en&present=1');
  const box = page.getByTestId('backprop');
  await expect(box).toBeVisible();
  const diagram = await page.locator('.backprop-diagram').boundingBox();
  expect(diagram).not.toBeNull();
  expect(diagram!.y + diagram!.height).toBeLessThanOrEqual(1080);
  expect(diagram!.x + diagram!.width).toBeLessThanOrEqual(1920);
  await expect(page.locator('[data-view="gradients"]')).toBeVisible();
  await page.keyboard.press('n');
  await expect(box).toHaveAttribute('data-phase-index', '1');
  const nav = await page.getByTestId('backprop-next').boundingBox();
  expect(nav!.y + nav!.height).toBeLessThanOrEqual(1080);
  await noSideScroll(page);
  await page.screenshot({ path: 'test-results/backprop-present.png' });
  expect(problems.list).toEqual([]);
});
