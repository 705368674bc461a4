import { readFile } from 'node:fs/promises';
import { test as base, expect, type Page } from '@playwright/test';

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

/** Reads the step counter of the (first) lab on a page or frame. */
export async function readStep(root: Page | import('@playwright/test').FrameLocator): Promise<number> {
  const text = await root.getByTestId('step').first().textContent();
  return Number(text);
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
