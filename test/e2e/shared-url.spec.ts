import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, readStep, test } from './fixtures.ts';

/** The JSON export's history, as numbers, after the page has trained `steps` steps with the Step control. */
async function historyAfterSteps(page: Page, steps: number): Promise<unknown> {
  const step = page.getByRole('button', { name: /^Step$/ }).first();
  for (let i = 0; i < steps; i++) await step.click();
  await expect.poll(() => readStep(page)).toBe(steps);
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const doc = JSON.parse(await readFile(await (await wait).path(), 'utf8'));
  // `seconds` is wall-clock compute time (race mode's x-axis), not a training number: it differs run to run.
  const untimed = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'seconds'));
  return doc.runs.map((r: { id: string; history: Record<string, unknown>[] }) => ({ id: r.id, history: r.history.map(untimed) }));
}

test('a shared URL opened in a new page gives the same first 50 steps, number for number', async ({ page, context, problems }) => {
  await page.goto('/?lesson=dropout&seed=42&learningRate=0.002');
  const first = await historyAfterSteps(page, 50);
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('42');
  const shared = page.url();

  const other = await context.newPage();
  await other.goto(shared);
  const second = await historyAfterSteps(other, 50);
  expect(second).toEqual(first);
  expect((first as { history: unknown[] }[])[0].history.length).toBe(6);
  await other.close();
  expect(problems.list).toEqual([]);
});
