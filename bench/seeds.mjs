// node bench/seeds.mjs: time to the horizon of a lesson over several seeds (issue #25's budget: the deeper lesson
// over 10 seeds, 40 networks, reaches its 3,000-step horizon at speed=max in ≤ 30 s on this 2-core machine).
// Serves the built app (npm run build first) with vite preview on its own port, opens the link in Chromium
// (1366×768), presses Play and times until the runs pause by themselves at the horizon ("Keep training" shown);
// prints each run's seconds, their median and spread, the machine's load average before and after, and the
// outcome table it ended with (so a run that trained other numbers would show). A benchmark, not a test.
// Options: --port N (default 4231), --repeat N (default 3), --query Q (default ?lesson=deeper&seeds=10&speed=max).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', 4231));
const repeat = Number(arg('repeat', 3));
const query = arg('query', '?lesson=deeper&seeds=10&speed=max');

// vite itself, in its own process group, so ending it ends the server (TOOLCHAIN.md: npx leaves vite running).
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { detached: true, stdio: 'ignore' });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

const fmtLoad = () => loadavg().map((l) => l.toFixed(2)).join(' ');
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run'],
  });
  const times = [];
  console.log(`${query}, ${repeat} runs; load average (1, 5, 15 min) before: ${fmtLoad()}`);
  for (let i = 0; i < repeat; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    // Built: the counter reads step 0 and the compute readout has its workers.
    await page.getByTestId('play').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=step]')?.textContent === '0');
    const t0 = Date.now();
    await page.getByTestId('play').first().click();
    await page.getByTestId('keep-training').waitFor({ timeout: 300_000 });
    const s = (Date.now() - t0) / 1000;
    times.push(s);
    const rows = await page.locator('[data-testid=outcome-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => `${tr.dataset.value}: ${Number(tr.dataset.median).toFixed(3)} [${Number(tr.dataset.min).toFixed(3)}–${Number(tr.dataset.max).toFixed(3)}] n=${tr.dataset.seeds}`),
    );
    console.log(`run ${i + 1}: ${s.toFixed(1)} s to the horizon; load ${fmtLoad()}; outcome: ${rows.join('; ')}`);
    await page.close();
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  const med = sorted[Math.floor(sorted.length / 2)];
  console.log(`time to horizon: median ${med.toFixed(1)} s, min ${sorted[0].toFixed(1)} s, max ${sorted[sorted.length - 1].toFixed(1)} s; load after: ${fmtLoad()}`);
} finally {
  stop();
}
