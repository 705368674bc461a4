import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LESSONS } from '../../src/state/lessons.ts';
import { expect, readStep, test } from './fixtures.ts';

/** Serious and critical axe violations on the page as it is now, with their targets. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const pages: [string, string][] = [
  ['default page', '/'],
  ['Korean', '/?lang=ko'],
  ['presenter mode', '/?present=1'],
  ['presenter mode with a 2×2 grid (views scroll in their boxes)', '/?present=1&compare=activation&values=sigmoid,relu&compare2=dropoutHidden&values2=0,0.5'],
  ['embed mode', '/?embed=1'],
  ['sound controls shown (sound=1) and the narrator every few seconds', '/?sound=1&narrator=periodic&soundRun=B'],
  ...LESSONS.map((l, i): [string, string] => [`lesson ${i + 1} (${l.id})`, `/?lesson=${l.id}`]),
];

for (const [name, url] of pages) {
  test(`axe finds no serious or critical violation: ${name}, before and while training`, async ({ page, problems }) => {
    await page.goto(url);
    await expect(page.getByTestId('play').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('play').first().click();
    // At the lesson's pace: the slowest, cost's 5 steps/s, needs 10 s for 50 steps.
    await expect.poll(() => readStep(page), { timeout: 20_000 }).toBeGreaterThan(50);
    await page.getByTestId('play').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.list).toEqual([]);
  });
}

test('every chart has a text equivalent', async ({ page, problems }) => {
  await page.goto('/?speed=max');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(200);
  const missing = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('main svg, main canvas')) {
      if ((el as HTMLElement).closest('[aria-hidden="true"]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 40 || r.height < 40) continue; // icons and legend swatches
      const label = el.getAttribute('aria-label') ?? '';
      const figure = el.closest('figure');
      const caption = figure?.querySelector('figcaption')?.textContent?.trim() ?? '';
      const described = el.getAttribute('aria-describedby');
      if (!label.trim() && !caption && !described) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
  expect(missing).toEqual([]);
  expect(problems.list).toEqual([]);
});

test('with reduced motion asked for, nothing transitions or animates', async ({ page, problems }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(50);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0.01);
        const a = s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0.01);
        return t || a;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`),
  );
  expect(moving).toEqual([]);
  expect(problems.list).toEqual([]);
});

for (const [name, url, open] of [
  ['English', '/?lesson=vanishing', 'Draw or load your own data'],
  ['Korean on a 390 px phone', '/?lesson=vanishing&lang=ko', '내 데이터 그리기·불러오기'],
] as const) {
  test(`axe finds no serious or critical violation with the own-data editor open and points drawn: ${name}`, async ({ page, problems }) => {
    if (name.includes('390')) await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.getByRole('button', { name: open }).click();
    const surface = page.getByTestId('own-surface');
    await expect(surface).toBeVisible();
    await surface.click({ position: { x: 60, y: 60 } });
    await surface.click({ position: { x: 120, y: 140 } });
    await surface.focus();
    await page.keyboard.press('ArrowUp');
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing on the phone is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(problems.list).toEqual([]);
  });
}
