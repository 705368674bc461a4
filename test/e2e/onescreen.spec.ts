import type { Page } from '@playwright/test';
import { LESSONS, type ViewId } from '../../src/state/lessons.ts';
import { expect, playToHorizon, test } from './fixtures.ts';

/**
 * What a person sees right after pressing Play, without scrolling themselves (issue #23): Play/Pause, the lesson's
 * title and its focus views on the screen, and nothing wider than it. A focus view counts as shown when its heading
 * is on the screen and at least `minW`×`minH` px of its drawing (its canvases and charts, or its table) are.
 */
interface Seen {
  play: boolean;
  title: boolean;
  sideways: number;
  views: { view: string; place: number; heading: boolean; drawn: string; whole: boolean }[];
}

async function seen(page: Page, focus: readonly ViewId[]): Promise<Seen> {
  return page.evaluate((views) => {
    const W = window.innerWidth;
    const H = window.innerHeight;
    const shown = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= H && r.right <= W && getComputedStyle(el).visibility !== 'hidden';
    };
    return {
      play: shown(document.querySelector('[data-testid="play"]')),
      // The lesson box's heading, or on a phone the copy of it in the stage bar once the page has scrolled.
      title: shown(document.querySelector('#lesson-title')) || shown(document.querySelector('.stage-title')),
      sideways: document.documentElement.scrollWidth - W,
      views: views.map((view) => {
        const panel = document.querySelector(`.panels [data-view="${view}"]`);
        if (!panel) return { view, place: -1, heading: false, drawn: 'missing', whole: false };
        const place = [...panel.parentElement!.children].indexOf(panel);
        // The drawing: every canvas and chart bigger than a legend swatch, or for a table view its table.
        const parts = [...panel.querySelectorAll('canvas, svg, table')]
          .filter((el) => (el.tagName === 'TABLE') === (view === 'compute' || view === 'numbers'))
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 40 && r.height > 40);
        if (parts.length === 0) return { view, place, heading: shown(panel.querySelector('h2')), drawn: 'nothing', whole: false };
        const box = {
          left: Math.min(...parts.map((r) => r.left)),
          top: Math.min(...parts.map((r) => r.top)),
          right: Math.max(...parts.map((r) => r.right)),
          bottom: Math.max(...parts.map((r) => r.bottom)),
        };
        const w = Math.min(W, box.right) - Math.max(0, box.left);
        const h = Math.min(H, box.bottom) - Math.max(0, box.top);
        const whole = box.top >= 0 && box.left >= 0 && box.bottom <= H && box.right <= W;
        return { view, place, heading: shown(panel.querySelector('h2')), drawn: `${Math.max(0, Math.round(w))}×${Math.max(0, Math.round(h))}`, whole };
      }),
    };
  }, focus);
}

/** Whether a drawing's visible part `w×h` is at least `minW`×`minH`. */
const atLeast = (drawn: string, minW: number, minH: number) => {
  const [w, h] = drawn.split('×').map(Number);
  return w >= minW && h >= minH;
};

/** Opens `query` at `w`×`h`, presses Play on every lesson in turn, and checks what is on the screen. */
async function everyLesson(page: Page, w: number, h: number, query: string) {
  await page.setViewportSize({ width: w, height: h });
  const phone = w < 600;
  for (const lesson of LESSONS) {
    await page.goto(`/?lesson=${lesson.id}${query}`);
    await expect(page.locator('section.lesson')).toHaveAttribute('data-lesson', lesson.id);
    await page.getByTestId('play').click();
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    const ok = (s: Seen) =>
      s.play &&
      s.title &&
      s.sideways <= 0 &&
      s.views.every((v, i) => {
        // The focus views lead the page, in the lesson's order.
        if (v.place !== i) return false;
        // On a phone the first focus view is brought into view; the next ones follow it, a screen further down.
        if (phone && i > 0) return true;
        // A drawing shows at least 280×150 px of itself; a table (the cost lesson's compute) shows whole, or as much.
        return v.heading && (v.whole || atLeast(v.drawn, 280, 150));
      });
    // Play on a phone scrolls smoothly to the first focus view: wait for the page to settle there.
    await expect.poll(() => seen(page, lesson.focus).then((s) => (ok(s) ? 'ok' : JSON.stringify(s))), { message: `${lesson.id} at ${w}×${h}${query}` }).toBe('ok');
  }
}

for (const [w, h] of [
  [1366, 768],
  [1280, 800],
  [390, 844],
  [1920, 1080],
] as const) {
  test(`at ${w}×${h}, every lesson: after Play, Pause, the title and the lesson's focus views are on the screen, nothing sideways`, async ({ page, problems }) => {
    test.setTimeout(120_000);
    await everyLesson(page, w, h, '&lang=en');
    expect(problems.list).toEqual([]);
  });
}

test('the same at 1280×800 in Korean', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await everyLesson(page, 1280, 800, '&lang=ko');
  expect(problems.list).toEqual([]);
});

test('the same at 1280×800 in an embed (embed=1)', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await everyLesson(page, 1280, 800, '&embed=1');
  expect(problems.list).toEqual([]);
});

test('at the horizon, What happened and Keep training sit beside the charts on a laptop, and a link away on a phone', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=vanishing&speed=max&lang=en');
  await playToHorizon(page);
  // In the lesson box beside the charts; the page has not moved and the focus view is where it was.
  await expect(page.getByTestId('lesson-outcome')).toBeInViewport();
  await expect(page.getByTestId('keep-training')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.panels [data-view="gradients"]')).toBeInViewport({ ratio: 0.5 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // On a phone the lesson box is above the charts Play scrolled to: the stage bar links up to what happened.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lesson=vanishing&speed=max&lang=en');
  await expect(page.getByTestId('outcome-link')).toHaveCount(0);
  await playToHorizon(page);
  const link = page.getByTestId('outcome-link');
  await expect(link).toBeInViewport();
  await link.click();
  await expect(page.getByTestId('keep-training')).toBeInViewport({ ratio: 1 });
  // Not under the sticky stage bar: what is at the outcome's heading and at Keep training is those themselves.
  const uncovered = (id: string) =>
    page.getByTestId(id).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + 4));
    });
  expect(await uncovered('lesson-outcome')).toBe(true);
  expect(await uncovered('keep-training')).toBe(true);
  await page.getByTestId('keep-training').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  expect(problems.list).toEqual([]);
});
