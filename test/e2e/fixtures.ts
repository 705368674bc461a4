import { readFile } from 'node:fs/promises';
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

export const APP = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4173}`;
export const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4175}`;

/** Problems a page showed: console errors, uncaught exceptions, failed requests, requests that left the origins under test. */
export interface PageProblems {
  list: string[];
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // A request cut short by navigating away (net::ERR_ABORTED) is the navigation's doing, not a fault.
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${why}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(APP) && !u.startsWith(HOST) && !u.startsWith('data:') && !u.startsWith('blob:')) {
      problems.push(`request left the page's origin: ${u}`);
    }
  });
}

/** `page` that fails the test on any console error, uncaught exception, failed or foreign request. */
export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    watch(page, problems);
    await use({ list: problems });
    expect(problems, 'the page reported problems').toEqual([]);
  },
});

export { expect };

/** A lab's page, or the frame a host page shows it in. */
export type LabRoot = Page | FrameLocator;

/** Reads the step counter of the (first) lab on a page or frame. */
export async function readStep(root: LabRoot): Promise<number> {
  const text = await root.getByTestId('step').first().textContent();
  return Number(text);
}

/**
 * Waits until the page (or frame) has started `n` more animation frames: what it was handling before is then on
 * screen (React commits the update of a click or key press before the next frame). It waits on the page's own
 * frames, not on a clock, so a page that draws slowly is waited for.
 */
export async function nextFrames(root: LabRoot, n = 2): Promise<void> {
  await root.locator('body').evaluate(
    (_, count) =>
      new Promise<void>((done) => {
        const tick = (left: number) => (left <= 0 ? done() : requestAnimationFrame(() => tick(left - 1)));
        tick(count);
      }),
    n,
  );
}

/**
 * Waits until a pause has taken hold and returns the step the counter then shows. Play reads "not pressed" at
 * once, but progress the workers posted before the pause is still on its way; the speed readout reads 0 steps/s
 * only from their answer to the pause (earlier progress carries a speed), and the counter redraws from that same
 * answer. A pool of workers in lock-step is then evened up to the furthest run, so the counter is read until two
 * reads agree.
 */
export async function pausedStep(root: LabRoot): Promise<number> {
  await expect(root.getByTestId('play').first()).toHaveAttribute('aria-pressed', 'false');
  await expect(root.getByTestId('compute').first().locator('strong').first()).toHaveText('0');
  let last = Number.NaN;
  await expect
    .poll(async () => {
      const now = await readStep(root);
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

/**
 * Asserts that training stays stopped: the step counter still shows `step` after `ms`. The one fixed wait of the
 * helpers, on purpose: "nothing moves" is a claim over a span of time, and no event marks the end of a span in
 * which nothing happened. At the slowest pace the tests pause at (12 steps/s) a run that went on would be ~10 steps
 * further, and the counter redraws every 100 ms while training.
 */
export async function expectStepStays(root: LabRoot, step: number, ms = 800): Promise<void> {
  const page = 'goto' in root ? root : root.owner().page();
  // A negative over time (see above): no condition can end this wait.
  await page.waitForTimeout(ms);
  expect(await readStep(root)).toBe(step);
}

/**
 * Presses Play and, once the lesson's horizon pauses the runs by itself ("What happened" shown),
 * presses "Keep training": for tests that need training to run on past the horizon.
 */
export async function playPastHorizon(page: Page): Promise<void> {
  await page.getByTestId('play').first().click();
  await page.getByTestId('keep-training').click({ timeout: 45_000 });
  await expect(page.getByTestId('play').first()).toHaveAttribute('aria-pressed', 'true');
}

/** Presses Play and waits until the runs pause by themselves at the lesson's horizon ("Keep training" offered). */
export async function playToHorizon(page: Page): Promise<void> {
  await page.getByTestId('play').first().click();
  await expect(page.getByTestId('keep-training')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('play').first()).toHaveAttribute('aria-pressed', 'false');
}

/**
 * Clicks Step `steps` times, then reads the JSON export: per run its id and recorded history, without each
 * point's `seconds` (wall-clock compute time, race mode's x-axis: it differs run to run, the numbers do not).
 */
export async function historyAfterSteps(page: Page, steps: number): Promise<{ id: string; history: Record<string, unknown>[] }[]> {
  const step = page.getByRole('button', { name: /^Step$/ }).first();
  for (let i = 0; i < steps; i++) await step.click();
  await expect.poll(() => readStep(page)).toBe(steps);
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const doc = JSON.parse(await readFile(await (await wait).path(), 'utf8'));
  const untimed = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'seconds'));
  return doc.runs.map((r: { id: string; history: Record<string, unknown>[] }) => ({ id: r.id, history: r.history.map(untimed) }));
}
