// npm run soak: trains the default comparison at full speed in Chromium for 10 minutes (or
// --minutes N) and prints the page's JS heap (after a forced GC) at 1 minute and at the end.
// The bounded history should keep the two within 10 MB; exits 1 when they are not.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const minutes = Number(arg('minutes', 10));
const port = Number(arg('port', 4180));
const url = `http://127.0.0.1:${port}/${arg('query', '')}`;

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
await new Promise((r) => setTimeout(r, 2500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

async function heapMB() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const step = Number(await page.getByTestId('step').textContent());
  return { mb: used / 2 ** 20, step, nodes: metrics.find((m) => m.name === 'Nodes').value };
}

await page.getByTestId('play').click();
const samples = [];
const t0 = Date.now();
for (let m = 1; m <= minutes; m++) {
  await page.waitForTimeout(t0 + m * 60_000 - Date.now());
  const s = await heapMB();
  samples.push({ minute: m, ...s });
  console.log(`minute ${String(m).padStart(2)}: step ${s.step}, JS heap ${s.mb.toFixed(1)} MB, DOM nodes ${s.nodes}`);
}
await browser.close();
stop();
const first = samples[0];
const last = samples[samples.length - 1];
const drift = last.mb - first.mb;
console.log(`heap at 1 min ${first.mb.toFixed(1)} MB, at ${last.minute} min ${last.mb.toFixed(1)} MB: drift ${drift.toFixed(1)} MB (limit 10 MB)`);
process.exit(Math.abs(drift) <= 10 ? 0 : 1);
