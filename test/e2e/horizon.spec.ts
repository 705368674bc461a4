import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { DEFAULT_LESSON, LESSONS } from '../../src/state/lessons.ts';
import { expect, expectStepStays, nextFrames, pausedStep, readStep, test } from './fixtures.ts';

test('the default page plays its lesson at the lesson’s pace: under a quarter of the horizon 1 s after Play, then it pauses by itself 10–45 s in with “What happened” shown', async ({ page, problems }) => {
  test.setTimeout(90_000);
  const horizon = DEFAULT_LESSON.horizon;
  expect(horizon.unit).toBe('steps');
  await page.goto('/?lang=en');
  await expect(page.getByTestId('play')).toBeVisible();
  const started = Date.now();
  const pressedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('play').click();
  // Under a quarter of the horizon at 1 s, said the other way round: the counter reaches a quarter no sooner than
  // 1 s after Play (timed in the page, at every frame).
  const quarter = await page.waitForFunction(
    (q) => (Number(document.querySelector('[data-testid="step"]')?.textContent) >= q ? performance.now() : false),
    horizon.value / 4,
    { polling: 'raf', timeout: 60_000 },
  );
  const quarterSeconds = (Number(await quarter.jsonValue()) - pressedAt) / 1000;
  expect(quarterSeconds).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('keep-training')).toBeVisible({ timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`default lesson ${DEFAULT_LESSON.id}: a quarter of ${horizon.value} steps after ${quarterSeconds.toFixed(1)} s; paused by itself after ${seconds.toFixed(1)} s`);
  expect(seconds).toBeGreaterThanOrEqual(10);
  expect(seconds).toBeLessThanOrEqual(45);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(await readStep(page)).toBe(horizon.value);
  await expect(page.getByTestId('lesson-outcome')).toContainText(en['lessons.happenedTitle']);
  await expect(page.getByTestId('lesson-outcome')).toContainText(en[`lessons.${DEFAULT_LESSON.id}.happened` as keyof typeof en]);
  // Keep training goes on past the horizon.
  await page.getByTestId('keep-training').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(horizon.value);
  expect(problems.list).toEqual([]);
});

for (const lang of ['en', 'ko'] as const) {
  for (const lesson of LESSONS) {
    test(`lesson ${lesson.id} trains at speed=max in ${lang === 'en' ? 'English' : 'Korean'} with no console error`, async ({ page, problems }) => {
      await page.goto(`/?lesson=${lesson.id}&lang=${lang}&speed=max`);
      const m = lang === 'en' ? en : ko;
      await expect(page.locator('section.lesson h2')).toHaveText(m[`lessons.${lesson.id}.title` as keyof typeof en]);
      await page.getByTestId('play').click();
      await expect.poll(() => readStep(page), { timeout: 20_000 }).toBeGreaterThan(20);
      // One step more with S stops the training wherever it is (running, or paused at the lesson's horizon): paused,
      // every view draws the newest numbers at once, in sight or not, so each has drawn the trained runs.
      await page.keyboard.press('s');
      expect(await pausedStep(page)).toBeGreaterThan(20);
      await nextFrames(page);
      expect(problems.list).toEqual([]);
    });
  }
}

test('a race lesson pauses by itself once every run has trained its seconds or reached its target, says so in seconds, and Keep training goes on', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const race = LESSONS.find((l) => l.mode === 'race')!;
  expect(race.horizon.unit).toBe('seconds');
  await page.goto(`/?lesson=${race.id}&lang=en`);
  await expect(page.locator('.progress-text')).toHaveText(`0 of ${race.horizon.value} s of training`);
  const started = Date.now();
  await page.getByTestId('play').click();
  await expect(page.getByTestId('keep-training')).toBeVisible({ timeout: 90_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`race lesson ${race.id}: paused by itself after ${seconds.toFixed(1)} s at step ${await readStep(page)}`);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('lesson-outcome')).toContainText(en[`lessons.${race.id}.happened` as keyof typeof en]);
  await expect(page.locator('.lesson-outcome .hint')).toContainText(`${race.horizon.value} s`);
  // The narrator says so, in seconds (the race's steps differ run to run).
  await expect(page.getByTestId('narrator-live')).toContainText('the race has made its point', { timeout: 10_000 });
  // A race is plotted against seconds of training: the curves and every run's gradient chart.
  await expect(page.locator('[data-view="curves"]')).toContainText(en['charts.seconds']);
  const gradRuns = page.locator('[data-view="gradients"] .charts-run');
  await expect(gradRuns).toHaveCount(4);
  await expect(gradRuns.filter({ hasText: en['charts.seconds'] })).toHaveCount(4);
  const paused = await pausedStep(page);
  await expectStepStays(page, paused);
  await page.getByTestId('keep-training').click();
  await expect.poll(() => readStep(page), { timeout: 15_000 }).toBeGreaterThan(paused);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  expect(problems.list).toEqual([]);
});
