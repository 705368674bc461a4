import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { LESSONS, VIEW_IDS } from '../../src/state/lessons.ts';
import { expect, test } from './fixtures.ts';

test('every lesson cues exactly its focus views, each in the heading of the panel with that data-view, in English and Korean', async ({ page, problems }) => {
  for (const [i, lesson] of LESSONS.entries()) {
    const lang = i % 2 === 0 ? 'en' : 'ko';
    await page.goto(`/?lesson=${lesson.id}&lang=${lang}`);
    await expect(page.locator('section.lesson')).toHaveAttribute('data-lesson', lesson.id);
    // Every panel is on the page by its data-view, so layout work and tests can find it; the outcome panel only over
    // several seeds and one ordered knob (seeds.spec.ts opens it), so not in a lesson as it opens.
    for (const v of VIEW_IDS) await expect(page.locator(`[data-view="${v}"]`), v).toHaveCount(v === 'outcome' ? 0 : 1);
    const cued = () => page.locator('[data-focus-cue]').evaluateAll((els) =>
      els.map((e) => {
        const view = e.getAttribute('data-focus-cue') ?? '';
        const panel = e.closest('[data-view]');
        return `${view} in ${panel?.getAttribute('data-view')} ${e.parentElement?.tagName}`;
      }).sort(),
    );
    // Polled: the digits' image views (in the boundary's place) are their own chunk and come a moment later.
    await expect.poll(cued, { message: lesson.id }).toEqual(lesson.focus.map((v) => `${v} in ${v} H2`).sort());
    for (const v of lesson.focus) await expect(page.locator(`[data-focus-cue="${v}"]`)).toHaveText(lang === 'en' ? en['views.focus'] : ko['views.focus']);
  }
  expect(problems.list).toEqual([]);
});

test('the deeper lesson’s 8-layer run: the ‖∂L/∂W‖ cell shows layers 1 and 8 in a line or two, a screen reader hears every layer by name', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lesson=deeper&speed=max');
  await page.getByTestId('play').click();
  const compact = page.getByTestId('grad-compact-D');
  await expect(compact).toHaveText(/^L1\u00a0\S+ …\u00a0L8\u00a0\S+$/);
  await expect(compact).toHaveAttribute('aria-hidden', 'true');
  await page.getByTestId('play').click();
  // What assistive technology reads in the cell: every layer, named, and not the shown pair.
  const heard = await page.getByTestId('grad-D').ariaSnapshot();
  expect(heard).not.toContain('L1');
  const full = (await page.getByTestId('grad-layers-D').textContent()) ?? '';
  expect(full.split(' · ').map((s) => s.split(':')[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `layer ${n}`).concat('output'));
  for (const part of full.split(' · ')) expect(heard).toContain(part);
  for (const run of ['A', 'B', 'C', 'D']) {
    const h = await page.getByTestId(`grad-${run}`).evaluate((td) => td.getBoundingClientRect().height);
    expect(h, `run ${run}: two lines at most`).toBeLessThan(48);
  }
  expect(problems.list).toEqual([]);
});
