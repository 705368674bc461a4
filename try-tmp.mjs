import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', '4287', '--strictPort'], { detached: true, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
try {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  for (const [w, h, name, q] of [[1366, 768, 'laptop', '?lesson=deeper&seeds=10&speed=max'], [390, 844, 'phone', '?lesson=deeper&seeds=10&speed=max'], [1366, 768, 'dropout-ko', '?lesson=dropout&compare=dropoutHidden&values=0,0.2,0.4,0.5,0.6,0.8&seeds=10&speed=max&lang=ko&outcome=valLoss']]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
    await page.goto(`http://127.0.0.1:4287/${q}`);
    await page.getByTestId('play').first().click();
    await page.getByTestId('keep-training').waitFor({ timeout: 120000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/seeds/${name}.png` });
    await page.locator('[data-view=outcome]').screenshot({ path: `/tmp/seeds/${name}-outcome.png` });
    if (name === 'laptop') {
      await page.locator('[data-view=numbers]').screenshot({ path: `/tmp/seeds/${name}-numbers.png` });
      await page.locator('[data-testid=lesson-outcome]').screenshot({ path: `/tmp/seeds/${name}-happened.png` });
      await page.locator('.seeds-control').screenshot({ path: `/tmp/seeds/${name}-control.png` });
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
