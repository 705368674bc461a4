import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const PHASES = 9;

// The step-through's tables, formulas and scroll boxes change with each phase: axe reads every one.
for (const [name, url, size] of [
  ['1280×800', '/?lesson=backprop&lang=en', { width: 1280, height: 800 }],
  ['presenter mode, Korean', '/?lesson=backprop&lang=ko&present=1', { width: 1920, height: 1080 }],
] as const) {
  test(`axe finds no serious or critical violation in any phase of the step-through (${name})`, async ({ page, problems }) => {
    await page.setViewportSize(size);
    await page.goto(url);
    const box = page.getByTestId('backprop');
    await expect(box).toBeVisible();
    for (let i = 0; i < PHASES; i++) {
      await expect(box).toHaveAttribute('data-phase-index', String(i));
      const result = await new AxeBuilder({ page }).include('[data-view="network"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(bad, `phase ${i + 1}`).toEqual([]);
      if (i < PHASES - 1) await page.getByTestId('backprop-next').click();
    }
    expect(problems.list).toEqual([]);
  });
}
