import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, readStep, test } from './fixtures.ts';

async function download(page: Page, testId: string): Promise<{ d: Download; bytes: Buffer }> {
  const wait = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const d = await wait;
  const path = await d.path();
  return { d, bytes: await readFile(path) };
}

test('exports a PNG of a view, a CSV with a row per recorded step per run, and JSON of the setup and history', async ({ page, problems }) => {
  // At full speed the lesson's 300-step horizon comes in a moment, and the runs pause there by themselves.
  await page.goto('/?speed=max');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('keep-training')).toBeVisible();
  expect(await readStep(page)).toBeGreaterThan(200);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.boundary-canvas[data-step-drawn="yes"]')).toHaveCount(2);

  for (const view of ['boundary', 'network']) {
    await page.locator('#export-view').selectOption(view);
    const png = await download(page, 'export-png');
    expect(png.d.suggestedFilename()).toMatch(new RegExp(`-${view}\\.png$`));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR width and height: the view's size at 2× (never a 1×1 placeholder).
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(200);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    if (view === 'boundary') {
      // The boundaries' canvases are in the picture, not only the texts: a good share of it is tinted by the
      // two classes' colours (the texts and frames are grey).
      const tinted = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 40) n++;
        return n / (d.length / 4);
      }, png.bytes.toString('base64'));
      expect(tinted).toBeGreaterThan(0.1);
    }
    await png.d.saveAs(`test-results/export-${view}.png`);
  }

  const json = await download(page, 'export-json');
  const doc = JSON.parse(json.bytes.toString('utf8'));
  expect(doc.config.activation).toBe('sigmoid');
  expect(doc.query).toContain('compare=activation');
  expect(doc.runs.map((r: { id: string }) => r.id)).toEqual(['A', 'B']);
  const recorded: Record<string, number[]> = {};
  for (const r of doc.runs as { id: string; history: { step: number }[] }[]) recorded[r.id] = r.history.map((p) => p.step);
  expect(recorded.A.length).toBeGreaterThan(10);

  const csv = await download(page, 'export-csv');
  expect(csv.d.suggestedFilename()).toMatch(/\.csv$/);
  const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
  const header = lines[0].split(',');
  expect(header.slice(0, 8)).toEqual(['runId', 'label', 'step', 'epoch', 'trainLoss', 'valLoss', 'trainAcc', 'valAcc']);
  expect(header.filter((h) => h.startsWith('grad_L'))).toHaveLength(9);
  const rows = lines.slice(1).map((l) => l.split(','));
  for (const id of ['A', 'B']) {
    const steps = rows.filter((r) => r[0] === id).map((r) => Number(r[2]));
    expect(steps).toEqual(recorded[id]);
    for (const r of rows.filter((x) => x[0] === id)) expect(Number.isFinite(Number(r[4]))).toBe(true);
  }
  expect(problems.list).toEqual([]);
});
