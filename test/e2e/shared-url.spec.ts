import { expect, historyAfterSteps, test } from './fixtures.ts';

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
