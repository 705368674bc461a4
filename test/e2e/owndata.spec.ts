import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from '@playwright/test';
import { APP, HOST, expect, readStep, test } from './fixtures.ts';

type Root = Page | FrameLocator;

/** Opens the own-data editor under the boundaries. */
async function openEditor(root: Root) {
  // The runs' rows and boundaries appear once the worker has configured them and move the button down: wait for them.
  await expect(root.locator('figure.boundary-run').first()).toBeVisible();
  const button = root.getByRole('button', { name: 'Draw or load your own data' });
  await button.click();
  await expect(root.getByRole('button', { name: 'Close the data editor' })).toHaveAttribute('aria-expanded', 'true');
  const surface = root.getByTestId('own-surface');
  await expect(surface).toBeVisible();
  return surface;
}

/** Clicks the drawing area at fractions (fx, fy) of its box. */
async function tap(root: Root, fx: number, fy: number) {
  const surface = root.getByTestId('own-surface');
  const box = await surface.boundingBox();
  if (!box) throw new Error('no drawing area');
  await surface.click({ position: { x: box.width * fx, y: box.height * fy } });
}

const summary = (root: Root) => root.getByTestId('own-summary').textContent();
const status = (root: Root) => root.getByTestId('own-status');

/** Steps `steps` times with the Step button and returns the JSON export (history without wall-clock seconds). */
async function exportAfterSteps(page: Page, steps: number) {
  const step = page.getByRole('button', { name: /^Step$/ }).first();
  for (let i = 0; i < steps; i++) await step.click();
  await expect.poll(() => readStep(page)).toBe(steps);
  const wait = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const download = await wait;
  const text = await readFile(await download.path(), 'utf8');
  const doc = JSON.parse(text);
  const untimed = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'seconds'));
  return {
    text,
    doc,
    runs: doc.runs.map((r: { id: string; config: { dataset: string }; history: Record<string, unknown>[] }) => ({ id: r.id, dataset: r.config.dataset, history: r.history.map(untimed) })),
  };
}

/** 40 points of two classes in x,y,label,split (30 train, 10 val), written by hand: no app code involved. */
function csv40(): string {
  const rows = ['x,y,label,split'];
  for (let i = 0; i < 40; i++) {
    const a = (i / 40) * 2 * Math.PI;
    const r = i % 2 === 0 ? 0.4 : 1.1;
    rows.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)},${i % 2},${i % 4 === 3 ? 'val' : 'train'}`);
  }
  return rows.join('\n');
}
const CSV40_SUMMARY = '30 training points: 20 class 0, 10 class 1. 10 validation points: 0 class 0, 10 class 1.';

test('points drawn with the mouse and with the keyboard train both runs, and the summary counts them', async ({ page, problems }) => {
  await page.goto('/?lesson=vanishing');
  const surface = await openEditor(page);
  for (let i = 0; i < 6; i++) await tap(page, 0.25 + 0.1 * i, 0.3);
  await page.getByRole('radio', { name: 'Class 1' }).check();
  for (let i = 0; i < 6; i++) await tap(page, 0.25 + 0.1 * i, 0.7);
  expect(await summary(page)).toContain('12 training points: 6 class 0, 6 class 1. 0 validation points: none.');
  // A drag erases what it passes over (one undo step brings it back).
  const box = (await surface.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  // To 0.36 of the width, past the second point: the third (0.45) stays out of the eraser's reach on an area as
  // narrow as a column of the two-column stage.
  await page.mouse.move(box.x + box.width * 0.36, box.y + box.height * 0.3, { steps: 10 });
  await page.mouse.up();
  expect(await summary(page)).toContain('10 training points: 4 class 0, 6 class 1.');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await summary(page)).toContain('12 training points: 6 class 0, 6 class 1.');
  // A fast drag (one move, as a busy page delivers it) erases the whole path, not only where it landed.
  const again = (await surface.boundingBox())!;
  await page.mouse.move(again.x + again.width * 0.2, again.y + again.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(again.x + again.width * 0.36, again.y + again.height * 0.3, { steps: 1 });
  await page.mouse.up();
  expect(await summary(page)).toContain('10 training points: 4 class 0, 6 class 1.');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await summary(page)).toContain('12 training points: 6 class 0, 6 class 1.');

  // Keyboard: the cursor starts at the centre; arrows move it, Enter adds, 1–3 choose the class, V the set, Delete removes.
  await surface.focus();
  await page.keyboard.press('1');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('own-said')).toHaveText('Added a class 0 training point at x 0.00, y 0.30.');
  await page.keyboard.press('2');
  await page.keyboard.press('v');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect(await summary(page)).toContain('13 training points: 7 class 0, 6 class 1. 2 validation points: 0 class 0, 2 class 1.');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('own-said')).toHaveText('Removed the point at x 0.10, y -0.30.');
  expect(await summary(page)).toContain('1 validation points');
  // Space on the drawing area adds a point; it does not start training.
  await page.keyboard.press(' ');
  expect(await summary(page)).toContain('2 validation points');
  await expect(page.locator('#knob-noise')).toBeDisabled();

  const { runs, doc } = await exportAfterSteps(page, 5);
  expect(runs.map((r: { id: string; dataset: string }) => [r.id, r.dataset])).toEqual([['A', 'own'], ['B', 'own']]);
  expect(runs.every((r: { history: unknown[] }) => r.history.length > 0)).toBe(true);
  expect(doc.data.points).toHaveLength(15);
  expect(problems.list).toEqual([]);
});

test.describe('on a 390 px phone with a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap adds a point, a finger drawn down the area erases without scrolling the page, and both runs train on them', async ({ page, problems }) => {
    await page.goto('/?lesson=vanishing');
    await expect(page.locator('figure.boundary-run').first()).toBeVisible();
    await page.getByRole('button', { name: 'Draw or load your own data' }).tap();
    const surface = page.getByTestId('own-surface');
    await expect(surface).toBeVisible();
    await surface.scrollIntoViewIfNeeded();
    let box = (await surface.boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) });
    for (let i = 0; i < 4; i++) {
      const p = at(0.25 + 0.1 * i, 0.3);
      await page.touchscreen.tap(p.x, p.y);
    }
    // The radio may sit under the stage bar, and tapping it scrolls it out from there: look at the area again.
    await page.getByRole('radio', { name: 'Class 1' }).tap();
    await surface.scrollIntoViewIfNeeded();
    box = (await surface.boundingBox())!;
    for (let i = 0; i < 4; i++) {
      const p = at(0.25 + 0.1 * i, 0.7);
      await page.touchscreen.tap(p.x, p.y);
    }
    expect(await summary(page)).toContain('8 training points: 4 class 0, 4 class 1.');

    // A finger drawn down the first column erases its two points, and the page does not scroll under the
    // finger (touch-action: none): the drawing area stays where it was on the screen.
    const topBefore = (await surface.boundingBox())!.y;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0.25, 0.15)] });
    for (let k = 1; k <= 14; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(0.25, 0.15 + (0.7 * k) / 14)] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => summary(page)).toContain('6 training points: 3 class 0, 3 class 1.');
    expect(Math.abs((await surface.boundingBox())!.y - topBefore)).toBeLessThan(1);

    const { runs } = await exportAfterSteps(page, 3);
    expect(runs.map((r: { id: string; dataset: string }) => [r.id, r.dataset])).toEqual([['A', 'own'], ['B', 'own']]);
    expect(runs.every((r: { history: unknown[] }) => r.history.length > 0)).toBe(true);
    expect(problems.list).toEqual([]);
  });
});

test('an uploaded CSV trains both runs; its link and its JSON export reopen the same points and the same first 50 steps', async ({ page, context, problems }) => {
  await page.goto('/?lesson=vanishing&seed=7');
  await openEditor(page);
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({ name: 'rings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv40()) });
  await expect(status(page)).toHaveText('Loaded 40 points.');
  expect(await summary(page)).toContain(CSV40_SUMMARY);
  const first = await exportAfterSteps(page, 50);
  expect(first.runs.map((r: { dataset: string }) => r.dataset)).toEqual(['own', 'own']);
  expect(first.doc.data.points).toHaveLength(40);
  expect(first.doc.config.trainSize).toBe(30);

  await page.getByRole('button', { name: 'Copy the link' }).click();
  const link = await page.getByTestId('own-link').inputValue();
  expect(new URL(link).searchParams.get('data')).toMatch(/^[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await openEditor(other);
  expect(await summary(other)).toContain(CSV40_SUMMARY);
  const second = await exportAfterSteps(other, 50);
  expect(second.runs.map((r: { history: { step: number }[] }) => r.history.map((h) => h.step))).toEqual(first.runs.map((r: { history: { step: number }[] }) => r.history.map((h) => h.step)));
  expect(second.runs).toEqual(first.runs);
  expect(second.doc.data).toEqual(first.doc.data);
  await other.close();

  const third = await context.newPage();
  await third.goto('/?lesson=vanishing');
  await openEditor(third);
  await third.getByLabel('Choose a CSV or JSON file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(first.text) });
  await expect(status(third)).toHaveText('Loaded 40 points.');
  expect(await summary(third)).toContain(CSV40_SUMMARY);
  const imported = await exportAfterSteps(third, 50);
  const steps = (e: { runs: { history: { step: number }[] }[] }) => e.runs.map((r) => r.history.map((h) => h.step));
  expect(steps(imported)).toEqual(steps(first));
  expect(imported.runs).toEqual(first.runs);
  await third.close();
  expect(problems.list).toEqual([]);
});

test('every bad input says why, naming the line, and the previous data stays', async ({ page, problems }) => {
  await page.goto('/?lesson=vanishing');
  await openEditor(page);
  const csvBox = page.getByLabel('CSV: x,y,label and optionally split (train or val), one point a line');
  const load = page.getByRole('button', { name: 'Load the CSV' });
  await csvBox.fill(csv40());
  await load.click();
  expect(await summary(page)).toContain(CSV40_SUMMARY);

  const pasted: [string, string][] = [
    ['x,y,label\n0.1,0.2,0\n0.3,abc,1', 'line 3: “abc” is not a number'],
    ['0.1,0.2,0\n0.3,NaN,1', 'line 2: “NaN” is not a number'],
    ['0.1,0.2,a\n0.3,0.4,a', 'every point has the label “a”'],
    ['0,0,a\n1,1,b\n0,1,c\n1,0,d', 'there are 4 different labels'],
    ['x,y,label\n', 'there are no data rows'],
  ];
  for (const [text, reason] of pasted) {
    await csvBox.fill(text);
    await load.click();
    await expect(status(page)).toContainText(reason);
    await expect(status(page)).toContainText('The previous data stays.');
    expect(await summary(page)).toContain(CSV40_SUMMARY);
  }

  const long = ['x,y,label', ...Array.from({ length: 5001 }, (_, i) => `${((i % 100) / 100).toFixed(2)},${(i / 5001).toFixed(3)},${i % 2}`)].join('\n');
  await page.getByLabel('Choose a CSV or JSON file').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(long) });
  await expect(status(page)).toContainText('the file has 5,001 rows, and at most 5,000 are read');
  expect(await summary(page)).toContain(CSV40_SUMMARY);
  await page.getByRole('button', { name: 'Use the first 5,000 rows' }).click();
  await expect(status(page)).toHaveText('Loaded 5000 points.');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await summary(page)).toContain(CSV40_SUMMARY);

  // A 50 MB file is refused from its size, before it is read.
  await page.getByTestId('own-editor').evaluate((el) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(50_000_000)], 'huge.csv', { type: 'text/csv' }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(status(page)).toContainText('the file is 50.0 MB, and at most 20 MB are read');
  expect(await summary(page)).toContain(CSV40_SUMMARY);

  const files: [string, string, string][] = [
    ['other.json', JSON.stringify({ app: 'playground', points: [] }), 'the file comes from another app (playground)'],
    ['old.json', JSON.stringify({ app: 'backprop-lab', format: 2, query: '' }), 'another version of Backprop Lab (format 2)'],
    ['broken.json', '{"app": "backprop-lab",', 'the file is not JSON'],
  ];
  for (const [name, text, reason] of files) {
    await page.getByLabel('Choose a CSV or JSON file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(status(page)).toContainText(reason);
    expect(await summary(page)).toContain(CSV40_SUMMARY);
  }
  expect(problems.list).toEqual([]);
});

test('a malformed data= link gives a notice and the lesson’s built-in set', async ({ page, problems }) => {
  await page.goto('/?lesson=vanishing&dataset=own&data=1q2AA*');
  await expect(page.getByRole('status', { name: 'Some link settings were adjusted' })).toContainText('data');
  await expect(page.locator('#knob-dataset')).toHaveValue('circles');
  await expect.poll(() => page.locator('figure.boundary-run').count()).toBe(2);
  expect(problems.list).toEqual([]);
});

test('drawing works inside a cross-origin embed', async ({ page, problems }) => {
  await page.goto(`${HOST}/embed-host.html?src=${encodeURIComponent(`${APP}/?embed=1&lesson=vanishing`)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('section.lesson')).toBeVisible();
  await openEditor(frame);
  await tap(frame, 0.3, 0.3);
  await frame.getByRole('radio', { name: 'Class 1' }).check();
  await tap(frame, 0.7, 0.7);
  expect(await summary(frame)).toContain('2 training points: 1 class 0, 1 class 1.');
  await frame.getByRole('button', { name: /^Step$/ }).first().click();
  await expect.poll(() => readStep(frame)).toBe(1);
  expect(problems.list).toEqual([]);
});

test('setData from a cross-origin host trains every run on its points; a bad payload is warned about and the points stay', async ({ page, problems }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${HOST}/embed-host.html?src=${encodeURIComponent(`${APP}/?embed=1&lesson=vanishing`)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.locator('figure.boundary-run').first()).toBeVisible();
  const send = (m: unknown) => page.evaluate((msg) => (window as unknown as { send(m: unknown): void }).send(msg), m);
  // 16 points written out here: classes by the sign of x, every fourth one for validation.
  const points = Array.from({ length: 16 }, (_, i) => ({ x: i < 8 ? -0.5 : 0.5, y: (i % 8) / 8 - 0.5, label: i < 8 ? 0 : 1, split: i % 4 === 3 ? 'val' : 'train' }));
  await send({ target: 'backprop-lab', type: 'setData', data: { classes: 2, points } });
  await openEditor(frame);
  await expect(frame.getByTestId('own-summary')).toContainText('12 training points: 6 class 0, 6 class 1. 4 validation points: 2 class 0, 2 class 1.');
  await send({ target: 'backprop-lab', type: 'setData', data: { classes: 2, points: [{ x: 0, y: 0, label: 4, split: 'train' }] } });
  await expect.poll(() => warnings.filter((w) => w.includes('setData')).length).toBe(1);
  await expect(frame.getByTestId('own-summary')).toContainText('12 training points: 6 class 0, 6 class 1.');
  await frame.getByRole('button', { name: /^Step$/ }).first().click();
  await expect.poll(() => readStep(frame)).toBe(1);
  await expect(frame.locator('figure.boundary-run')).toHaveCount(2);
  expect(problems.list).toEqual([]);
});
