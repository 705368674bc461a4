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

/**
 * Main-thread tasks of the page in a Chromium trace, as [wall ms, thread (CPU) ms]. Thread time is the page's own
 * work; wall time also holds the wait for a core, which on a shared 2-core machine with a worker training at full
 * speed is most of what makes a task long (bench/README, issue #23).
 */
function mainTasks(trace: Buffer): [number, number][] {
  type E = { ph: string; name: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: E[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, [number, number][]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined || e.dur === undefined || !mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push([e.dur / 1000, e.tdur / 1000]);
  }
  // The page's renderer is the busiest main thread in the trace.
  const busy = (t: [number, number][]) => t.reduce((a, [, cpu]) => a + cpu, 0);
  return [...byThread.values()].reduce<[number, number][]>((best, t) => (busy(t) > busy(best) ? t : best), []);
}

test('while the default comparison trains at full speed for 10 s, with its focus views on screen, no main-thread task takes 50 ms of CPU and frames keep coming', { tag: '@timed' }, async ({ page, browser, problems }) => {
  // Full speed, and on past the lesson's horizon, so all 10 s are spent training.
  await page.goto('/?speed=max');
  await playPastHorizon(page);
  await expect.poll(() => readStep(page)).toBeGreaterThan(20);
  // The lesson's focus view (the gradients) leads the stage, on screen, drawing while it trains.
  await expect(page.locator('.panels > :first-child')).toHaveAttribute('data-view', 'gradients');
  await expect(page.locator('.panels > :first-child')).toBeInViewport({ ratio: 0.5 });
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
  await browser.startTracing(page, { categories: ['-*', 'toplevel'] });
  await page.waitForTimeout(10_000);
  const tasks = mainTasks(await browser.stopTracing());
  const { longTasks, frames, step } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number[] };
    return { longTasks: w.longTasks, frames: w.frames, step: Number(document.querySelector('[data-testid=step]')?.textContent) };
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  const p95 = gaps[Math.floor(gaps.length * 0.95)];
  const cpuLong = tasks.filter(([, cpu]) => cpu >= 50).map(([wall, cpu]) => `${Math.round(cpu)} ms CPU (${Math.round(wall)} ms wall)`);
  const cpuMax = Math.max(0, ...tasks.map(([, cpu]) => cpu));
  console.log(
    `smoothness: ${frames.length} frames in 10 s, median frame interval ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ` +
      `long tasks (wall): ${longTasks.length} ${JSON.stringify(longTasks.map((d) => Math.round(d)))}; ` +
      `${tasks.length} main-thread tasks, longest ${cpuMax.toFixed(1)} ms CPU; reached step ${step}`,
  );
  expect(tasks.length, 'the trace holds the page’s main thread').toBeGreaterThan(100);
  // No task of the page's own work reaches 50 ms (a long task on an otherwise idle machine).
  expect(cpuLong).toEqual([]);
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
