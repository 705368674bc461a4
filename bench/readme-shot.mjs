// Regenerates the README screenshot (test/e2e/screenshots/lesson1.png): the default lesson at 1440×1300,
// played at its own pace until it pauses by itself at the horizon with "What happened" shown.
// Needs a served build: node bench/readme-shot.mjs http://127.0.0.1:4273/
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'test/e2e/screenshots/lesson1.png';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1300 } });
await page.goto(`${base}?lang=en`);
// Predict first, as a learner would: the right answer (ReLU only).
await page.locator('section.lesson').getByRole('radio').nth(1).check();
await page.getByTestId('play').click();
await page.getByTestId('keep-training').waitFor({ timeout: 120_000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out });
console.log(`wrote ${out}: ${await page.locator('.lesson-number').textContent()}, step ${await page.getByTestId('step').first().textContent()}`);
await browser.close();
