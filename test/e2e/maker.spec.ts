import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { CONTROL_NAMES } from '../../src/state/urlParams.ts';
import { APP, expect, test } from './fixtures.ts';

const TASK = 'Which run overfits less? <b>Explain</b> & compare the gaps.';
const lockLabel = (m: Record<keyof typeof en, string>, knob: keyof typeof en) => m['maker.lockKnob'].replace('{knob}', m[knob]);
const controlLabel = (c: string) => en[(['data', 'network', 'training', 'regularisation'].includes(c) ? `controls.group.${c}` : `maker.control.${c}`) as keyof typeof en];

/** The text a QR code element holds: its SVG drawn onto a canvas in the page, 6 px a module, read by jsQR here. */
async function decodeQr(page: Page, testId: string): Promise<string | null> {
  const image = await page.getByTestId(testId).evaluate(async (svg) => {
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]) * 6;
    const img = new Image(size, size);
    img.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0, size, size);
    return { size, data: Array.from(g.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(image.data), image.size, image.size)?.data ?? null;
}

test('a teacher makes an activity in the maker, and the student link opens it: L2 locked, two controls, the instruction as text; the QR code is that link', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  await page.getByTestId('maker-open').click();
  const maker = page.getByRole('dialog', { name: en['maker.title'] });
  await expect(maker).toBeVisible();
  await maker.getByLabel(en['maker.lesson'], { exact: true }).selectOption('dropout');
  await maker.getByRole('checkbox', { name: lockLabel(en, 'knob.l2') }).check();
  for (const c of CONTROL_NAMES.filter((n) => n !== 'play' && n !== 'compare')) await maker.getByRole('checkbox', { name: controlLabel(c), exact: true }).uncheck();
  await maker.getByLabel(en['maker.task']).fill(TASK);
  await expect(maker.getByText(en['maker.taskCount'].replace('{n}', String(TASK.length)).replace('{max}', '280'))).toBeVisible();

  const linkField = maker.getByLabel(en['maker.link'], { exact: true });
  await expect(linkField).toHaveValue(/task=/);
  const link = await linkField.inputValue();
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(`${APP}/`);
  expect([url.searchParams.get('lesson'), url.searchParams.get('lock'), url.searchParams.get('controls'), url.searchParams.get('task')]).toEqual(['dropout', 'l2', 'play,compare', TASK]);
  expect(url.searchParams.has('embed')).toBe(false);

  await maker.getByRole('button', { name: en['maker.copyLink'] }).click();
  await expect(maker.getByText(en['maker.copied'])).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const snippet = await maker.getByLabel(en['maker.snippet']).inputValue();
  // The attribute as an HTML parser reads it (the page's CSP refuses parsing the snippet's style attribute in it).
  const frameSrc = /^<iframe src="([^"]*)" title="[^"]+"/.exec(snippet)?.[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  expect(frameSrc).toBe(link.replace('&controls=', '&embed=1&controls='));
  expect(new URL(frameSrc!).searchParams.get('embed')).toBe('1');

  expect(await decodeQr(page, 'maker-qr')).toBe(link);
  await expect(maker.getByText(link, { exact: true })).toBeVisible();

  // The SCORM package, made in the page from the app's own files: the same activity, launched for an LMS.
  const saving = page.waitForEvent('download');
  await maker.getByRole('button', { name: en['maker.scormDownload'] }).click();
  const zip = await saving;
  expect(zip.suggestedFilename()).toBe('backprop-lab-dropout-scorm.zip');
  await expect(maker.getByText(en['maker.scormDone'].replace('{file}', 'backprop-lab-dropout-scorm.zip'))).toBeVisible();
  const files = unzipSync(readFileSync((await zip.path())!));
  const manifest = strFromU8(files['imsmanifest.xml']);
  const launch = new URL(/adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1].replaceAll('&amp;', '&'), `${APP}/`);
  expect(launch.pathname).toBe('/index.html');
  expect(Object.fromEntries(['lesson', 'lock', 'controls', 'task', 'embed', 'scorm'].map((k) => [k, launch.searchParams.get(k)]))).toEqual({
    lesson: 'dropout', lock: 'l2', controls: 'play,compare', task: TASK, embed: '1', scorm: '1',
  });
  expect(strFromU8(files['index.html'])).toContain('<div id="root">');

  // The student's page.
  await page.goto(link);
  const note = page.getByRole('note', { name: en['course.taskTitle'] });
  await expect(note).toHaveText(`${en['course.taskTitle']}${TASK}`);
  await expect(note.locator('b')).toHaveCount(0);
  await expect(page.getByTestId('play')).toBeVisible();
  await expect(page.locator('fieldset.compare')).toBeVisible();
  await expect(page.locator('.knob-group, #speed, .export, #lesson-title')).toHaveCount(0);
  await expect(page.getByTestId('maker-open')).toHaveCount(0);
  // L2 cannot become the compared knob, and → (the next lesson, which compares L2) does not open it.
  const compare = page.locator('#compare-knob');
  expect(await compare.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).not.toContain('l2');
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('lesson')).toBe('dropout');
  expect(new URL(page.url()).searchParams.get('l2')).toBe('0');

  // The same activity with its regularisation knobs shown: L2 is a read-only field that keys leave alone.
  await page.goto(link.replace('controls=play%2Ccompare', 'controls=play%2Ccompare%2Cregularisation'));
  const l2 = page.locator('#knob-l2');
  await l2.focus();
  await expect(l2).toBeFocused();
  await expect(l2).toHaveAttribute('readonly', '');
  await expect(page.locator('#knob-l2-hint')).toHaveText(en['course.locked']);
  for (const key of ['ArrowRight', 'ArrowUp', 'End', '5', 'Backspace']) await l2.press(key);
  await expect(l2).toHaveValue('0');
  await expect(page.locator('#knob-dropoutInput')).toHaveAttribute('type', 'range');
  expect(new URL(page.url()).searchParams.get('l2')).toBe('0');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(problems.list).toEqual([]);
});

test('the maker in Korean on a phone: labelled, no serious axe violation, the QR code full screen, Escape back to the page', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=ko&lesson=dropout');
  const open = page.getByRole('button', { name: ko['maker.open'] });
  await open.click();
  const maker = page.getByRole('dialog', { name: ko['maker.title'] });
  await expect(maker).toBeVisible();
  await expect(maker.getByRole('checkbox', { name: lockLabel(ko, 'knob.l2') })).toBeVisible();
  await expect(maker.getByLabel(ko['maker.link'], { exact: true })).toHaveValue(/lang=ko/);
  const axe = await new AxeBuilder({ page }).include('[data-testid="maker"]').exclude('[data-testid="maker-preview"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await maker.getByRole('button', { name: ko['maker.enlarge'] }).click();
  const full = page.getByTestId('maker-qr-full');
  await expect(full).toBeVisible();
  const box = (await full.boundingBox())!;
  expect(box.width).toBeGreaterThan(340);
  await page.keyboard.press('Escape');
  await expect(full).toHaveCount(0);
  await expect(maker.getByRole('button', { name: ko['maker.enlarge'] })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(maker).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(problems.list).toEqual([]);
});
