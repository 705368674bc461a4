import type { Page } from '@playwright/test';
import { expect, playToHorizon, test } from './fixtures.ts';

/** The outcome panel's table as data: per row the knob's value, the median, min and max, and the seeds counted. */
async function outcomeTable(page: Page) {
  const table = page.getByTestId('outcome-table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const d = (tr as HTMLElement).dataset;
      return { value: Number(d.value), median: Number(d.median), min: Number(d.min), max: Number(d.max), seeds: Number(d.seeds) };
    }),
  );
}

const DROPOUT_SWEEP = [0, 0.2, 0.4, 0.5, 0.6, 0.8];

test('the deeper lesson over 10 seeds: "Try it over 10 seeds" opens the sweep, whose table has four depths of 10 seeds with medians falling with depth; the link gives the same numbers', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.goto('/?lesson=deeper&lang=en&speed=max');
  await playToHorizon(page);
  await expect(page.locator('[data-view=outcome]')).toHaveCount(0);
  await page.getByTestId('try-sweep').click();
  // The sweep: 10 seeds in the link and the control, the outcome panel a focus view, first.
  await expect(page.getByTestId('seeds-input')).toHaveValue('10');
  await expect(page.locator('.lab')).toHaveAttribute('data-focus', 'outcome curves');
  await expect.poll(() => new URL(page.url()).searchParams.get('seeds')).toBe('10');
  await playToHorizon(page);
  const rows = await outcomeTable(page);
  await expect(page.getByTestId('outcome-table')).toHaveAttribute('data-step', '3000');
  expect(rows.map((r) => r.value)).toEqual([1, 2, 4, 8]);
  expect(rows.map((r) => r.seeds)).toEqual([10, 10, 10, 10]);
  for (const r of rows) {
    expect(r.min).toBeLessThanOrEqual(r.median);
    expect(r.median).toBeLessThanOrEqual(r.max);
  }
  for (let i = 1; i < rows.length; i++) expect(rows[i].median, `depth ${rows[i].value}`).toBeLessThanOrEqual(rows[i - 1].median);
  expect(rows[0].median).toBeGreaterThan(0.95);
  expect(rows[3].median).toBeLessThan(0.6);
  // The curves say what their band is.
  await expect(page.getByTestId('curves-band-legend')).toHaveText(/min–max over 10 seeds/);
  // Keyboard: the plot takes ← and → between values, and reads the value out.
  await page.getByTestId('outcome-plot').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('outcome-readout')).toHaveText(/= 1: median .* over 10 seeds/);
  await page.keyboard.press('End');
  await expect(page.getByTestId('outcome-readout')).toHaveText(/= 8: median/);

  // The same link, opened afresh, trains to the same numbers, bit for bit.
  await page.goto(page.url());
  await expect(page.getByTestId('seeds-input')).toHaveValue('10');
  await playToHorizon(page);
  expect(await outcomeTable(page)).toEqual(rows);
  expect(problems.list).toEqual([]);
});

test('seeds: bad values are clamped with a notice; the dropout sweep over 10 seeds shows training loss rising with the rate', async ({ page, problems }) => {
  test.setTimeout(120_000);
  for (const [given, used] of [['0', '1'], ['999', '20'], ['abc', '1']]) {
    await page.goto(`/?lesson=deeper&lang=en&seeds=${given}`);
    await expect(page.getByRole('status', { name: 'Some link settings were adjusted' })).toContainText(`seeds`);
    await expect(page.getByRole('status', { name: 'Some link settings were adjusted' })).toContainText(given);
    await expect(page.getByTestId('seeds-input')).toHaveValue(used);
  }
  // The cost lesson's widest nets (8 × 256) over 20 seeds would not fit in memory: fewer seeds, said so.
  await page.goto('/?lesson=cost&lang=en&seeds=20');
  const notice = page.getByRole('status', { name: 'Some link settings were adjusted' });
  await expect(notice).toContainText('would not fit in memory');
  await expect(page.locator('.seeds-control .readout')).toHaveText(/→ \d+/);

  await page.goto(`/?lesson=dropout&lang=en&compare=dropoutHidden&values=${DROPOUT_SWEEP.join(',')}&seeds=10&speed=max`);
  await expect(page.locator('.lab')).toHaveAttribute('data-focus', 'outcome curves');
  await expect(page.getByTestId('outcome-table')).toHaveAttribute('data-metric', 'valLoss');
  await playToHorizon(page);
  const rows = await outcomeTable(page);
  expect(rows.map((r) => r.value)).toEqual(DROPOUT_SWEEP);
  expect(rows.map((r) => r.seeds)).toEqual(DROPOUT_SWEEP.map(() => 10));
  // Training loss (the median over seeds, as the numbers table gives it) rises with the rate.
  const trainLoss = await page.locator('[data-testid^=trainLoss-]').allTextContents();
  // A cell reads "median (min–max)" over the seeds.
  const train = trainLoss.map((text) => parseFloat(text));
  expect(trainLoss[0]).toMatch(/^\d\.\d{3} \(\d\.\d{3}–\d\.\d{3}\)$/);
  expect(train).toHaveLength(DROPOUT_SWEEP.length);
  for (let i = 1; i < train.length; i++) expect(train[i], `rate ${DROPOUT_SWEEP[i]}`).toBeGreaterThan(train[i - 1]);
  console.log(`dropout sweep at step 400, median validation loss by rate: ${rows.map((r) => `${r.value}: ${r.median.toFixed(3)}`).join(', ')}; training loss ${train.join(', ')}`);
  expect(problems.list).toEqual([]);
});
