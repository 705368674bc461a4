import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { LESSONS } from '../../src/state/lessons.ts';
import { expect, readStep, test } from './fixtures.ts';

type Key = keyof typeof en;
const E = (k: string) => en[k as Key];
const K = (k: string) => ko[k as Key];

/** Every English text of the lessons and the classroom chrome that has words in it. */
const ENGLISH_LESSON_TEXTS = (Object.keys(en) as Key[])
  .filter((k) => (k.startsWith('lessons.') || k.startsWith('classroom.')) && /\p{L}{2,}/u.test(en[k]) && en[k] !== ko[k])
  // A text with {placeholders} is looked for by its longest fixed piece.
  .map((k) => en[k].split(/\{\w+\}/).map((p) => p.trim()).sort((a, b) => b.length - a.length)[0])
  .filter((s) => /\p{L}{2,}/u.test(s) && s.length >= 6);

for (const [i, lesson] of LESSONS.entries()) {
  test(`lesson ${i + 1} (${lesson.id}) opens from its URL in English, unmodified`, async ({ page, problems }) => {
    await page.goto(`/?lesson=${lesson.id}&lang=en`);
    await expect(page.locator('section.lesson h2')).toHaveText(E(`lessons.${lesson.id}.title`));
    await expect(page.locator('section.lesson')).toContainText(E(`lessons.${lesson.id}.look`));
    await expect(page.locator('section.lesson legend')).toContainText(E(`lessons.${lesson.id}.predict`));
    await expect(page.getByTestId('lesson-select')).toHaveValue(lesson.id);
    await expect(page.getByTestId('lesson-modified')).toHaveCount(0);
    expect(problems.list).toEqual([]);
  });

  test(`lesson ${i + 1} (${lesson.id}) opens from its URL in Korean, with no English lesson text on the page`, async ({ page, problems }) => {
    await page.goto(`/?lesson=${lesson.id}&lang=ko`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('section.lesson h2')).toHaveText(K(`lessons.${lesson.id}.title`));
    await expect(page.locator('section.lesson')).toContainText(K(`lessons.${lesson.id}.look`));
    await expect(page.locator('section.lesson legend')).toContainText(K(`lessons.${lesson.id}.predict`));
    expect(ENGLISH_LESSON_TEXTS.length).toBeGreaterThan(70);
    const body = await page.locator('body').innerText();
    const leftovers = ENGLISH_LESSON_TEXTS.filter((s) => body.includes(s));
    expect(leftovers).toEqual([]);
    if (i === 0 || i === 4) await page.screenshot({ path: `test-results/lesson-${lesson.id}-ko.png` });
    expect(problems.list).toEqual([]);
  });
}

test('a prediction is kept through the run and judged once the run passes the lesson’s steps', async ({ page, problems }) => {
  const lesson = LESSONS[1];
  await page.goto(`/?lesson=${lesson.id}&lang=en`);
  const choice = page.locator('section.lesson').getByRole('radio', { name: E(`lessons.${lesson.id}.choice${lesson.answer + 1}`) });
  await choice.check();
  await expect(page.locator('section.lesson')).toContainText(`after step ${lesson.horizon.value}`);
  await page.screenshot({ path: 'test-results/lesson-predict-en.png' });
  await page.getByTestId('play').click();
  await expect(page.getByTestId('lesson-outcome')).toBeVisible({ timeout: 30_000 });
  expect(await readStep(page)).toBeGreaterThanOrEqual(lesson.horizon.value);
  await expect(page.getByTestId('lesson-outcome')).toContainText(E(`lessons.${lesson.id}.happened`));
  await expect(page.locator('.verdict')).toHaveClass(/right/);
  // The run paused by itself at the horizon, exactly there, and offers to go on.
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(await readStep(page)).toBe(lesson.horizon.value);
  await expect(page.getByTestId('keep-training')).toBeVisible();
  await page.screenshot({ path: 'test-results/lesson-outcome-en.png' });
  expect(problems.list).toEqual([]);
});

test('changing a knob marks the lesson as modified, and restoring brings its settings back', async ({ page, problems }) => {
  await page.goto('/?lesson=init&lang=en&learningRate=0.2');
  await expect(page.getByTestId('lesson-modified')).toBeVisible();
  await page.getByRole('button', { name: en['classroom.restore'] }).click();
  await expect(page.getByTestId('lesson-modified')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('learningRate')).toBe(String(LESSONS.find((l) => l.id === 'init')!.config.learningRate));
  expect(problems.list).toEqual([]);
});

test('the top bar switches language and presenter mode, and the lesson picker opens a lesson', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('section.lesson h2')).toHaveText(ko['lessons.vanishing.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByTestId('lesson-select').selectOption('batchnorm');
  await expect(page.locator('section.lesson h2')).toHaveText(ko['lessons.batchnorm.title']);
  await page.getByTestId('present').click();
  await expect(page.locator('.app')).toHaveClass(/present/);
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
  await page.screenshot({ path: 'test-results/lesson-present-ko.png' });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByTestId('present').click();
  await page.screenshot({ path: 'test-results/lesson-phone-ko.png' });
  expect(problems.list).toEqual([]);
});

test('the lesson reads well in a phone-sized frame and on a projector', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto('/?embed=1&lesson=dropout&lang=en');
  await expect(page.locator('section.lesson h2')).toHaveText(en['lessons.dropout.title']);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/lesson-embed-360.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?lesson=overfitting&lang=en&present=1');
  await expect(page.locator('section.lesson h2')).toHaveText(en['lessons.overfitting.title']);
  await page.screenshot({ path: 'test-results/lesson-present-1920.png' });
  expect(problems.list).toEqual([]);
});
