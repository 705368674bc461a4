// Screenshots of lessons for a look by eye: node bench/shots.mjs <base> <outdir> <lesson>...
// Each lesson at 360×800 and 1280×800 (full page) and in presenter mode at 1920×1080, before and after Play to the horizon.
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4173/', dir = 'test-results/shots', ...ids] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const errors = [];
for (const id of ids) {
  for (const [name, w, h, extra] of [['360', 360, 800, ''], ['1280', 1280, 800, ''], ['present', 1920, 1080, '&present=1'], ['ko-360', 360, 800, '&lang=ko']]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => m.type() === 'error' && errors.push(`${id} ${name}: ${m.text()}`));
    await page.goto(`${base}?lesson=${id}&speed=max${extra.includes('lang') ? '' : '&lang=en'}${extra}`);
    await page.getByTestId('play').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${dir}/${id}-${name}-before.png`, fullPage: name !== 'present' });
    await page.getByTestId('play').first().click();
    await page.getByTestId('keep-training').waitFor({ timeout: 90_000 }).catch(() => errors.push(`${id} ${name}: no horizon pause`));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${dir}/${id}-${name}-after.png`, fullPage: name !== 'present' });
    await page.close();
  }
}
await browser.close();
console.log(errors.length ? errors.join('\n') : 'no console errors');
