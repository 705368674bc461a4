// npm run bench:pool: two 8×256 runs (the default comparison, sigmoid vs ReLU, at width 256) in
// Chromium, trained at full speed with 1 and with 2 workers, JS and SIMD kernels, interleaved
// rounds; prints steps/s of the comparison (both runs advance together) from the step counter.
// Needs a build (`npm run build`). Options: --rounds N (3), --seconds S (8), --port P (4230).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg('rounds', 3));
const seconds = Number(arg('seconds', 8));
const port = Number(arg('port', 4230));

// vite itself, detached, so the whole group can be ended (npx would leave vite running).
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stop);
await new Promise((r) => setTimeout(r, 2500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const cases = [
  { name: '1 worker, JS', q: 'workers=1&kernels=js' },
  { name: '2 workers, JS', q: 'workers=2&kernels=js' },
  { name: '1 worker, SIMD', q: 'workers=1&kernels=simd' },
  { name: '2 workers, SIMD', q: 'workers=2&kernels=simd' },
];
const results = Object.fromEntries(cases.map((c) => [c.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const c of [...cases.slice(r % cases.length), ...cases.slice(0, r % cases.length)]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // speed=max, and past the lesson's horizon: Play stops there at any speed, then Keep training goes on.
    await page.goto(`http://127.0.0.1:${port}/?depth=8&width=256&speed=max&${c.q}`);
    await page.getByTestId('compute-workers').waitFor();
    await page.getByTestId('play').click();
    await page.getByTestId('keep-training').click({ timeout: 120_000 });
    const read = async () => Number(await page.getByTestId('step').textContent());
    await page.waitForTimeout(1500); // warm-up: JIT, wasm tier-up
    const s0 = await read();
    const t0 = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const sps = ((await read()) - s0) / ((Date.now() - t0) / 1000);
    const kernels = await page.getByTestId('compute-kernels').textContent();
    const workers = await page.getByTestId('compute-workers').textContent();
    results[c.name].push(sps);
    console.log(`round ${r + 1}: ${c.name.padEnd(16)} ${sps.toFixed(1).padStart(6)} steps/s  (${kernels} · ${workers})`);
    await page.close();
  }
}
await browser.close();
stop();
const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log('\nmedian steps/s of two 8×256 runs (both advance each step):');
for (const c of cases) console.log(`  ${c.name.padEnd(16)} ${median(results[c.name]).toFixed(1).padStart(6)}   [${results[c.name].map((x) => x.toFixed(1)).join(', ')}]`);
