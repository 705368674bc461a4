import type { Page } from '@playwright/test';
import { expect, playToHorizon, readStep, test } from './fixtures.ts';

/** One change of a live region's text, as a screen reader would hear it. */
interface Heard {
  at: number;
  region: string;
  text: string;
}

declare global {
  interface Window {
    __heard: Heard[];
    __liveRegions: () => string[];
  }
}

/**
 * Before the app loads: a log of every change inside any live region, explicit (aria-live other than
 * off, role status / alert / log) or implicit (<output>), with the time and the region's whole text.
 */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output:not([aria-live="off"])';
    const name = (el: Element) => el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}.${el.className}`;
    window.__heard = [];
    window.__liveRegions = () => [...document.querySelectorAll(LIVE)].map(name);
    const seen = new Map<Element, string>();
    new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest(LIVE);
        if (!region) continue;
        const text = (region.textContent ?? '').trim();
        if (seen.get(region) === text) continue;
        seen.set(region, text);
        if (text) window.__heard.push({ at: performance.now(), region: name(region), text });
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** The run labels as the numbers table writes them ("A · Sigmoid"). */
async function runLabels(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid="numbers-table"] tbody th');
  await expect(rows).toHaveCount(2);
  return (await rows.allTextContents()).map((s) => s.trim());
}

for (const lang of ['en', 'ko'] as const) {
  test(`during the default lesson only the narrator speaks, with run labels and numbers, at most every 2.5 s (${lang})`, async ({ page, problems }) => {
    await listen(page);
    // 30 steps/s: the lesson's 300-step horizon in ~10 s, so its milestones come spread out, as in class.
    await page.goto(`/?lang=${lang}&speed=30`);
    const labels = await runLabels(page);
    // Every live region on the page, implicit ones included: the narrator's, and ones that speak only when a person acts.
    const regions = await page.evaluate(() => window.__liveRegions());
    expect(regions).toContain('narrator-live');
    expect(regions.filter((r) => r.startsWith('output'))).toEqual([]);
    await page.getByTestId('play').click();
    // Listen until the horizon is announced (training may pause there), and a little past it.
    const said = lang === 'en' ? "Step \\d+: the lesson's point is made" : '\\d+단계: 이 수업의 요점';
    const horizon = new RegExp(`^${said}`);
    await expect.poll(() => page.evaluate((src) => window.__heard.some((h) => new RegExp(src).test(h.text)), said), { timeout: 40_000 }).toBe(true);
    // Then listen on for the least gap between two announcements (2.5 s, checked below) past the last one heard, plus
    // a margin: the one fixed wait of this spec, because the claim is that nothing is said in that span, too soon or
    // by another region, and no event marks the end of a silence.
    const quietFor = await page.evaluate(() => performance.now() - window.__heard[window.__heard.length - 1].at);
    await page.waitForTimeout(Math.max(0, 3_000 - quietFor));
    const heard = await page.evaluate(() => window.__heard);
    expect(heard.filter((h) => h.region !== 'narrator-live')).toEqual([]);
    expect(heard.length).toBeGreaterThanOrEqual(2);
    for (const h of heard) {
      // A run's label in every announcement, except the horizon's own sentence (step and the lesson's answer).
      expect(labels.some((l) => h.text.includes(l)) || horizon.test(h.text), h.text).toBe(true);
      expect(h.text, 'a number').toMatch(/\d/);
    }
    for (let i = 1; i < heard.length; i++) expect(heard[i].at - heard[i - 1].at, heard[i].text).toBeGreaterThanOrEqual(2500);
    const all = heard.map((h) => h.text).join('\n');
    // ReLU (B) learns: it passes 90 %; sigmoid (A) is still at chance a quarter of the way in; the horizon gives the answer.
    expect(all).toContain(labels[1]);
    expect(all).toMatch(lang === 'en' ? /passed 90 % validation accuracy at step \d+/ : /검증 정확도 90%를 넘었습니다/);
    expect(all).toMatch(lang === 'en' ? /still at chance at step \d+/ : /아직 찍는 수준/);
    expect(all).toMatch(lang === 'en' ? /the lesson's point is made\. Answer: Only the ReLU network/ : /요점이 드러났습니다/);
    expect(problems.list).toEqual([]);
  });
}

test('"Describe now" and the D key read every run with the numbers the table shows', async ({ page, problems }) => {
  await page.goto('/?speed=200');
  const labels = await runLabels(page);
  // 200 steps/s: the runs pause by themselves at the lesson's 300-step horizon.
  await playToHorizon(page);
  expect(await readStep(page)).toBeGreaterThan(150);
  await page.getByTestId('describe').click();
  const live = page.getByTestId('narrator-live');
  await expect(live).toContainText('Paused at step');
  const text = (await live.textContent()) ?? '';
  for (const [i, id] of ['A', 'B'].entries()) {
    const row = page.locator(`[data-testid="numbers-table"] tr[data-run="${id}"] td`);
    const [trainLoss, valLoss, trainAcc, valAcc] = (await row.allTextContents()).map((s) => s.trim());
    const part = text.slice(text.indexOf(`${labels[i]}:`));
    expect(part, `run ${id}`).toContain(`training loss ${trainLoss}, validation loss ${valLoss}; training accuracy ${trainAcc}, validation accuracy ${valAcc}`);
    expect(part).toMatch(/first\/last gradient (\d|10)/);
    expect(part).toMatch(i === 0 ? /most saturated: layer \d+, \d+ %|no layer saturated/ : /most dead units: layer \d+, \d+ %|no dead units/);
  }
  const n = Number(await live.getAttribute('data-n'));
  await page.locator('body').press('d');
  await expect(live).toHaveAttribute('data-n', String(n + 1));
  await expect(live).toHaveText(text);
  expect(problems.list).toEqual([]);
});

test('the verbosity setting lives in the URL; off says nothing, every few seconds gives status lines', async ({ page, problems }) => {
  await listen(page);
  // The squared-error lesson's 800-step horizon at 40 steps/s leaves 20 s of training.
  await page.goto('/?lesson=loss&speed=40&narrator=off');
  await expect(page.getByTestId('narrator-verbosity')).toHaveValue('off');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 20_000 }).toBeGreaterThan(150);
  expect(await page.evaluate(() => window.__heard.length)).toBe(0);
  await page.getByTestId('narrator-verbosity').selectOption('periodic');
  await expect.poll(() => new URL(page.url()).searchParams.get('narrator')).toBe('periodic');
  await expect.poll(() => page.evaluate(() => window.__heard.filter((h) => /^Step \d+\. Validation accuracy/.test(h.text)).length), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(problems.list).toEqual([]);
});

test('the gradient chart reads by keyboard: arrows over steps and layers, "run, layer, step: value"', async ({ page, problems }) => {
  await page.goto('/?speed=200');
  const labels = await runLabels(page);
  // 200 steps/s: the runs pause by themselves at the lesson's 300-step horizon.
  await playToHorizon(page);
  expect(await readStep(page)).toBeGreaterThan(150);
  const box = page.getByTestId('grad-browse-A');
  const readout = page.getByTestId('grad-readout-A');
  await box.focus();
  await expect(box).toHaveAttribute('aria-label', /arrow keys/);
  await page.keyboard.press('ArrowLeft');
  const line = new RegExp(`^${labels[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, layer 1, step (\\d+): Weights ‖∂L/∂W‖ (\\d|10)`);
  await expect(readout).toHaveText(line);
  const step1 = Number(((await readout.textContent()) ?? '').match(line)![1]);
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toHaveText(new RegExp(`layer 1, step ${step1 - 10}:`));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(readout).toHaveText(new RegExp(`layer 3, step ${step1 - 10}:`));
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(/layer 3, step 0:/);
  await expect(page.locator('.charts-grad-cursor circle')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(readout).toHaveText('');
  // The curves cursor is still there too.
  await page.getByTestId('curves-plot').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('curves-readout')).toHaveAttribute('data-step', /\d+/);
  expect(problems.list).toEqual([]);
});

test('each decision boundary has a spoken summary of the points on its wrong side, per class, that agrees with its accuracy', async ({ page, problems }) => {
  await page.goto('/?speed=200');
  // 200 steps/s: the runs pause by themselves at the lesson's 300-step horizon.
  await playToHorizon(page);
  expect(await readStep(page)).toBeGreaterThan(250);
  // Summary and caption redraw at text pace: checked until both tell of the paused runs.
  for (const id of ['A', 'B']) {
    await expect(async () => {
      const text = (await page.getByTestId(`boundary-wrong-${id}`).textContent()) ?? '';
      const m = text.match(/training (.*); validation (.*)\.$/);
      expect(m, text).not.toBeNull();
      const counts = (s: string) => [...s.matchAll(/(\d+) of (\d+) in class (\d)/g)].map((x) => [Number(x[1]), Number(x[2])]);
      const val = counts(m![2]);
      expect(val).toHaveLength(2);
      const wrong = val.reduce((a, [w]) => a + w, 0);
      const total = val.reduce((a, [, n]) => a + n, 0);
      const caption = (await page.locator(`.boundary-run[data-run="${id}"] figcaption`).textContent()) ?? '';
      const acc = Number(caption.match(/validation accuracy ([\d.]+) %/)![1]) / 100;
      expect(Math.abs(1 - wrong / total - acc), `${id}: ${text} / ${caption}`).toBeLessThan(0.03);
    }).toPass({ timeout: 10_000 });
  }
  expect(problems.list).toEqual([]);
});
