// Measures, for every lesson, its horizon and the seconds from Play to the automatic pause ("Keep training" shown),
// at the lesson's own pace in headless Chromium. Needs a served build: node bench/horizons.mjs http://127.0.0.1:4273/
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const only = process.argv.slice(3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${base}?lang=en`);
const lessons = await page.evaluate(() => [...document.querySelectorAll('[data-testid="lesson-select"] option')].map((o) => o.value));
const rows = [];
for (const id of lessons) {
  if (only.length && !only.includes(id)) continue;
  await page.goto(`${base}?lesson=${id}&lang=en`);
  await page.getByTestId('play').waitFor();
  const t0 = Date.now();
  await page.getByTestId('play').click();
  await page.getByTestId('keep-training').waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - t0) / 1000;
  const step = Number(await page.getByTestId('step').first().textContent());
  const hint = (await page.locator('.lesson-outcome .hint').first().textContent()) ?? '';
  rows.push({ id, step, seconds: Number(seconds.toFixed(1)), hint: hint.slice(0, 80) });
  console.log(`${id}\tpaused at step ${step}\t${seconds.toFixed(1)} s after Play\t${hint.slice(0, 60)}`);
}
await browser.close();
console.log(JSON.stringify(rows));
