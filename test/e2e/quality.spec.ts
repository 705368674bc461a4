import { expect, nextFrames, pausedStep, playPastHorizon, readStep, test } from './fixtures.ts';

test('the app runs under a strict Content-Security-Policy with no violation', async ({ page, problems }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto('/?speed=max');
  const csp = response?.headers()['content-security-policy'] ?? '';
  // WebAssembly may add exactly one allowance to script-src; no eval, no inline script.
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(100);
  // The worker compiled its SIMD kernels under this policy.
  await expect(page.getByTestId('compute-kernels')).toHaveText(/WebAssembly SIMD/);
  // S stops the training wherever it is (running, or paused at the horizon) with one step more: paused, every view
  // draws at once, in sight or not. A violation is reported by an event queued when it happens: two frames on, it
  // has been heard.
  await page.keyboard.press('s');
  expect(await pausedStep(page)).toBeGreaterThan(100);
  await nextFrames(page);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(problems.list).toEqual([]);
});

test('while the default comparison trains at full speed for 10 s, the main thread has no long task and frames keep coming', { tag: '@timed' }, async ({ page, problems }) => {
  // Full speed, and on past the lesson's horizon, so all 10 s are spent training.
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  await expect.poll(() => readStep(page)).toBeGreaterThan(20);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number[] };
    w.longTasks = [];
    w.frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const loop = (t: number) => {
      w.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  // The one fixed wait of this spec: the claim is about a span (no long task, frames on time for 10 s of training),
  // so the span is the measurement.
  await page.waitForTimeout(10_000);
  const { longTasks, frames, step } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number[] };
    return { longTasks: w.longTasks, frames: w.frames, step: Number(document.querySelector('[data-testid=step]')?.textContent) };
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  const p95 = gaps[Math.floor(gaps.length * 0.95)];
  console.log(
    `smoothness: ${frames.length} frames in 10 s, median frame interval ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ` +
      `long tasks: ${longTasks.length} ${JSON.stringify(longTasks.map((d) => Math.round(d)))}; reached step ${step}`,
  );
  expect(longTasks).toEqual([]);
  expect(median).toBeLessThan(20);
  expect(problems.list).toEqual([]);
});

test('a worker killed mid-run is reported, and Restart brings the same configuration back training', async ({ page, problems }) => {
  await page.goto('/?lesson=dropout&seed=7');
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(20);
  const urlBefore = new URL(page.url()).searchParams;
  await page.evaluate(() => (window as unknown as { backpropLab: { killWorker(): void } }).backpropLab.killWorker());
  const alert = page.locator('.worker-error');
  await expect(alert).toBeVisible({ timeout: 10_000 });
  await alert.getByRole('button').click();
  await expect(alert).toBeHidden();
  await expect.poll(() => readStep(page)).toBeGreaterThan(20);
  const urlAfter = new URL(page.url()).searchParams;
  for (const key of ['lesson', 'seed', 'dropoutHidden', 'compare', 'values', 'trainSize']) {
    expect(urlAfter.get(key), key).toBe(urlBefore.get(key));
  }
  expect(problems.list).toEqual([]);
});
