import { en } from '../../src/i18n/en.ts';
import { APP, HOST, expect, expectStepStays, nextFrames, pausedStep, readStep, test } from './fixtures.ts';

test('Space starts training and Space again stops it: the step counter moves, then stays', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('section.lesson')).toBeVisible();
  expect(await readStep(page)).toBe(0);
  await page.keyboard.press('Space');
  await expect.poll(() => readStep(page), { timeout: 5_000 }).toBeGreaterThan(30);
  await page.keyboard.press('Space');
  await expectStepStays(page, await pausedStep(page));
  expect(problems.list).toEqual([]);
});

test('S trains one step and R resets to step 0', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('section.lesson')).toBeVisible();
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect.poll(() => readStep(page)).toBe(2);
  await page.keyboard.press('r');
  await expect.poll(() => readStep(page)).toBe(0);
  expect(problems.list).toEqual([]);
});

test('→ and ← move to the next and previous lesson', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  const title = page.locator('section.lesson h2');
  await expect(title).toHaveText(en['lessons.vanishing.title']);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(en['lessons.loss.title']);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText(en['lessons.init.title']);
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText(en['lessons.loss.title']);
  await expect.poll(() => new URL(page.url()).searchParams.get('lesson')).toBe('loss');
  expect(problems.list).toEqual([]);
});

test('Space after clicking Play with the mouse pauses once, never toggling twice', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page), { timeout: 5_000 }).toBeGreaterThan(30);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expectStepStays(page, await pausedStep(page));
  expect(problems.list).toEqual([]);
});

test('Space on a button reached with Tab presses that button only', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('section.lesson')).toBeVisible();
  await page.getByRole('button', { name: en['classroom.nextLabel'] }).focus();
  // Focus by keyboard: step back and forth with Tab so the button shows its focus ring.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('section.lesson h2')).toHaveText(en['lessons.loss.title']);
  // The new title is the button's doing, on the key's release; a shortcut would have acted on its press, before.
  await nextFrames(page);
  expect(await readStep(page)).toBe(0);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(problems.list).toEqual([]);
});

test('keys typed into a field are not shortcuts', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  const seed = page.locator('#knob-seed');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await seed.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('r');
  // A shortcut acts in its keydown handler; two frames on, what it did would be on screen.
  await nextFrames(page);
  await expect(page.locator('section.lesson h2')).toHaveText(en['lessons.vanishing.title']);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  expect(await readStep(page)).toBe(0);
  expect(problems.list).toEqual([]);
});

test('? opens the list of shortcuts and Escape closes it', async ({ page, problems }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('section.lesson')).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  const dialog = page.getByRole('dialog', { name: en['classroom.shortcuts'] });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(en['classroom.keyPlay']);
  await page.screenshot({ path: 'test-results/keyboard-help.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: en['classroom.shortcuts'] })).toBeFocused();
  expect(problems.list).toEqual([]);
});

test('inside an embed, Space, S and R work once the frame has focus, and ← / → leave the host’s lesson alone', async ({ page, problems }) => {
  await page.goto(`${HOST}/frame.html?src=${encodeURIComponent(`${APP}/?embed=1&lesson=loss&lang=en`)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('section.lesson')).toBeVisible();
  await frame.locator('section.lesson h2').click();
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect.poll(() => readStep(frame)).toBe(3);
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('section.lesson h2')).toHaveText(en['lessons.loss.title']);
  await page.keyboard.press('r');
  await expect.poll(() => readStep(frame)).toBe(0);
  await page.keyboard.press('Space');
  await expect.poll(() => readStep(frame), { timeout: 5_000 }).toBeGreaterThan(20);
  await page.keyboard.press('Space');
  await expectStepStays(frame, await pausedStep(frame));
  expect(problems.list).toEqual([]);
});
