// npm run bench:ui: the UI frame budget (DESIGN §9, issues #10 and #23). Serves the built app (dist/, build it
// first: npm run build) with vite preview on its own port, opens it in Chromium, presses Play and records 10 s of
// training: long tasks ≥ 50 ms (count, longest), the median interval between animation frames and the page's
// main-thread CPU. Each setup runs with Chromium's 4× CPU throttle on the page's main thread
// (CDP Emulation.setCPUThrottlingRate; workers are not slowed) and without it.
// Two paces per setup:
//   max    (?speed=max) Play, Keep training at the lesson's horizon, then measure past it (issue #10's runs)
//   lesson the lesson's own pace: Play, measure while it trains towards its horizon
// Setups (--only ids; ids ending in -max or -lesson pick one pace, a bare id both):
//   issue #10, charts where the page puts them:
//     default       default lesson (vanishing), 390×844
//     overfitting   over-fitting lesson (3×64), 390×844
//     grid          2×2 grid (?compare2=dropoutHidden&values2=0,0.5), 1280×800
//   issue #23, the lesson's focus views in view: before measuring, the first focus panel
//   ([data-view=<lesson.focus[0]>]) is scrolled to the top of the viewport unless it is already wholly on screen
//   (a no-op once the layout shows it on the first screen):
//     focus-phone   default lesson, 390×844 (focus: gradients)
//     focus-laptop  default lesson, 1366×768 (gradients)
//     focus-over    over-fitting lesson, 1366×768 (curves)
//     focus-deeper  deeper lesson, four runs, 1366×768 (curves)
//     focus-grid    2×2 grid, 1280×800 (gradients)
//   Default: the three issue-10 setups at max pace. --only focus runs the five focus setups at both paces.
//   grid-charts (only by name): the grid scrolled to its .panels (the older form of focus-grid).
//   seeds-deeper (only by name, issue #25): the deeper lesson over 10 seeds, the outcome panel (its first focus
//   view) and the curves beside it in view.
// Options:
//   --port N         preview port (default 4230)
//   --dist DIR       the built app to serve (default dist/; e.g. a copy of another build, for an A/B)
//   --seconds S      measured seconds per run (default 10)
//   --only a,b       setups by id (see above)
//   --rates 4,1      throttle rates (default 4,1)
//   --repeat N       runs per setup and rate (default 1)
//   --js-profile     also print the page's JS self time per function (CDP Profiler), top 15
//   --trace DIR      keep each run's Chromium performance trace there (DevTools → Performance → Load),
//                    and with --js-profile its .cpuprofile (npx tsx bench/prof-top.ts FILE)
//   --categories C   trace categories, comma-separated (default: the light set below); add blink,cc to see
//                    inside ProxyMain::BeginMainFrame (e.g. canvas resource production in DoUpdateLayers)
//   --hide SEL       display: none on the elements matching a CSS selector before Play, to see what a view
//                    costs by its absence (its React work stays; its layout, paint and canvas upload go)
// Wall-clock figures swing with the machine's load (8 sessions share 2 cores here), so each run is also
// traced and the page's main-thread CPU time (thread time, which neither the throttle's pauses nor other
// processes inflate) is reported: busy ms per second, the longest task, and the tasks of ≥ 12.5 ms CPU,
// i.e. the ones that become 50 ms long tasks under a 4× throttle on an otherwise idle machine.
// A benchmark, not a test: it prints figures and exits 0 (1 only if it cannot run).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', 4230));
const dist = arg('dist', 'dist');
const seconds = Number(arg('seconds', 10));
const rates = arg('rates', '4,1').split(',').map(Number);
const repeat = Number(arg('repeat', 1));
const traceDir = arg('trace', null);
const jsProfile = process.argv.includes('--js-profile');

/** Trace categories: top-level tasks with their thread time, and the timeline's own events (no stacks, no sampling). */
const TRACE_CATEGORIES = arg('categories', '-*,toplevel,devtools.timeline,disabled-by-default-devtools.timeline.frame').split(',');
const hide = arg('hide', null);

const GRID = '?compare2=dropoutHidden&values2=0,0.5';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const SMALL_LAPTOP = { width: 1280, height: 800 };
/** `focus`: the lesson's first focus view (lessons.ts `focus[0]`), brought into view before measuring. */
const BASES = [
  { id: 'default', name: 'default lesson, 390×844', query: '', viewport: PHONE },
  { id: 'overfitting', name: 'over-fitting lesson (3×64), 390×844', query: '?lesson=overfitting', viewport: PHONE },
  { id: 'grid', name: '2×2 grid, 1280×800', query: GRID, viewport: SMALL_LAPTOP },
  { id: 'focus-phone', name: 'default lesson, focus in view, 390×844', query: '', viewport: PHONE, focus: 'gradients' },
  { id: 'focus-laptop', name: 'default lesson, focus in view, 1366×768', query: '', viewport: LAPTOP, focus: 'gradients' },
  { id: 'focus-over', name: 'over-fitting lesson, focus in view, 1366×768', query: '?lesson=overfitting', viewport: LAPTOP, focus: 'curves' },
  { id: 'focus-deeper', name: 'deeper lesson (4 runs), focus in view, 1366×768', query: '?lesson=deeper', viewport: LAPTOP, focus: 'curves' },
  { id: 'focus-grid', name: '2×2 grid, focus in view, 1280×800', query: GRID, viewport: SMALL_LAPTOP, focus: 'gradients' },
  // The grid scrolled to its panels (before the focus setups): --only grid-charts.
  { id: 'seeds-deeper', name: 'deeper sweep over 10 seeds (40 networks), outcome panel and curves in view, 1366×768', query: '?lesson=deeper&seeds=10', viewport: LAPTOP, focus: 'outcome', extra: true },
  { id: 'grid-charts', name: '2×2 grid scrolled to its charts, 1280×800', query: GRID, viewport: SMALL_LAPTOP, scroll: '.panels', extra: true },
];
const withQuery = (query, key) => (query ? `${query}&${key}` : `?${key}`);
/** Every base at both paces: `<id>-max` (speed=max, measured past the horizon) and `<id>-lesson` (its own pace). */
const SETUPS = BASES.flatMap((b) => [
  { ...b, id: `${b.id}-max`, base: b.id, pace: 'max', name: `${b.name}, max speed`, query: withQuery(b.query, 'speed=max') },
  { ...b, id: `${b.id}-lesson`, base: b.id, pace: 'lesson', name: `${b.name}, lesson pace` },
]);
const only = arg('only', null)?.split(',');
const picked = (s) => only.some((o) => o === s.id || o === s.base || (o === 'focus' && s.focus));
const setups = only ? SETUPS.filter(picked) : SETUPS.filter((s) => !s.extra && !s.focus && s.pace === 'max');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no ${dist}/index.html: run npm run build first`);
  process.exit(1);
}
const traceOut = traceDir ?? join(tmpdir(), `throttle-bench-${process.pid}`);
mkdirSync(traceOut, { recursive: true });

/** Main-thread CPU of the traced page: top-level tasks' thread durations (ms), over `seconds`. */
function cpuOf(tracePath) {
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8'));
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e.tdur / 1000);
  }
  // The page's renderer is the busiest main thread in the trace.
  let tasks = [];
  for (const t of byThread.values()) if (t.reduce((a, b) => a + b, 0) > tasks.reduce((a, b) => a + b, 0)) tasks = t;
  const busy = tasks.reduce((a, b) => a + b, 0);
  return { cpuPerS: busy / seconds, cpuLongest: tasks.length ? Math.max(...tasks) : 0, cpuLong: tasks.filter((d) => d >= 12.5).length };
}

// vite itself, not npx (npx's child would outlive kill()), in its own process group.
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
  { stdio: 'ignore', detached: true });
const stop = () => {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on port ${port}`);
}

/**
 * In the page: brings the panel of view `id` into view, scrolled to the top of the viewport unless it is wholly
 * on screen already (so a layout that shows it on the first screen is measured as it is). Returns its top (px from
 * the viewport's top) after, or null when the page has no such panel.
 */
function bringIntoView(id) {
  const el = document.querySelector(`[data-view="${id}"]`);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const shown = r.top >= 0 && r.bottom <= window.innerHeight;
  if (!shown) el.scrollIntoView({ block: 'start' });
  return el.getBoundingClientRect().top;
}

/** One measured run: load, Play, wait for training, then `seconds` of long tasks and frames. */
async function measure(browser, setup, rate, tracePath) {
  const context = await browser.newContext({ viewport: setup.viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`http://127.0.0.1:${port}/${setup.query}`);
  await page.getByTestId('play').first().waitFor();
  // Inline style through the CSSOM: the page's CSP refuses a <style> tag.
  if (hide) await page.evaluate((sel) => document.querySelectorAll(sel).forEach((e) => e.style.setProperty('display', 'none', 'important')), hide);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.getByTestId('play').first().click();
  if (setup.pace === 'max') {
    // Play stops at the lesson's horizon at any speed: keep training past it, then measure.
    await page.getByTestId('keep-training').click({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=play]')?.getAttribute('aria-pressed') === 'true', null, { timeout: 60_000 });
  }
  if (setup.scroll) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), setup.scroll);
  if (setup.focus) {
    const where = await page.evaluate(bringIntoView, setup.focus);
    if (where === null) throw new Error(`no [data-view=${setup.focus}] in ${setup.query}`);
  }
  const past = Number(await page.getByTestId('step').textContent()) + (setup.pace === 'max' ? 20 : 2);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=step]')?.textContent) > n, past, { timeout: 60_000 });
  // Light categories: Playwright's default set adds JS stack traces to every timeline event and runs V8's
  // sampling profiler at high resolution, which cost the page more than some of what is measured
  // (requestAnimationFrame and text updates took ~1 ms each with them). Thread time needs only these.
  await browser.startTracing(page, { path: tracePath, screenshots: false, categories: TRACE_CATEGORIES });
  await page.evaluate(() => {
    const w = window;
    w.__longTasks = [];
    w.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const loop = (t) => {
      w.__frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  if (jsProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const step0 = Number(await page.getByTestId('step').textContent());
  await page.waitForTimeout(seconds * 1000);
  const r = await page.evaluate(() => ({
    longTasks: window.__longTasks,
    frames: window.__frames,
    step: Number(document.querySelector('[data-testid=step]')?.textContent),
  }));
  await browser.stopTracing();
  if (jsProfile) {
    const { profile } = await cdp.send('Profiler.stop');
    printProfile(profile);
    if (traceDir) writeFileSync(tracePath.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
  }
  await context.close();
  const gaps = r.frames.slice(1).map((t, i) => t - r.frames[i]).sort((a, b) => a - b);
  return {
    longTasks: r.longTasks.length,
    longest: r.longTasks.length ? Math.max(...r.longTasks) : 0,
    rafMedian: gaps.length ? gaps[Math.floor(gaps.length / 2)] : Infinity,
    frames: r.frames.length,
    steps: r.step - step0,
    ...cpuOf(tracePath),
  };
}

/** Self time per function of a CDP CPU profile, the top 15 (ms over the measured seconds). */
function printProfile(profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const self = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const top = [...self].filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [k, v] of top) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const setup of setups) {
    for (const rate of rates) {
      for (let k = 0; k < repeat; k++) {
        const tracePath = join(traceOut, `${setup.id}-x${rate}-${k}.json`);
        const m = await measure(browser, setup, rate, tracePath);
        rows.push({ setup, rate, ...m });
        console.log(`${setup.name}, ${rate === 1 ? 'unthrottled' : `${rate}× throttle`}: long tasks ${m.longTasks}, `
          + `longest ${Math.round(m.longest)} ms, rAF median ${m.rafMedian.toFixed(1)} ms `
          + `(${m.frames} frames, ${m.steps} steps in ${seconds} s); main-thread CPU ${Math.round(m.cpuPerS)} ms/s, `
          + `longest task ${m.cpuLongest.toFixed(1)} ms CPU, ${m.cpuLong} tasks ≥ 12.5 ms CPU`);
      }
    }
  }
} finally {
  await browser.close();
  stop();
  if (!traceDir) rmSync(traceOut, { recursive: true, force: true });
}
console.log('\n| setup | throttle | long tasks ≥ 50 ms | longest | rAF median | steps | main-thread CPU | longest task, CPU | tasks ≥ 12.5 ms CPU |\n|---|---|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.setup.name} | ${r.rate === 1 ? '1×' : `${r.rate}×`} | ${r.longTasks} | ${Math.round(r.longest)} ms | `
    + `${r.rafMedian.toFixed(1)} ms | ${r.steps} | ${Math.round(r.cpuPerS)} ms/s | ${r.cpuLongest.toFixed(1)} ms | ${r.cpuLong} |`);
}
if (repeat > 1) {
  // Per setup and rate, every run in order: the spread is as telling as the median on a shared machine.
  console.log('\n| setup | throttle | long tasks ≥ 50 ms | rAF median (ms) | main-thread CPU (ms/s) |\n|---|---|--:|--:|--:|');
  const keys = [...new Set(rows.map((r) => `${r.setup.id}|${r.rate}`))];
  for (const key of keys) {
    const rs = rows.filter((r) => `${r.setup.id}|${r.rate}` === key);
    console.log(`| ${rs[0].setup.name} | ${rs[0].rate}× | ${rs.map((r) => r.longTasks).join(' / ')} | `
      + `${rs.map((r) => r.rafMedian.toFixed(1)).join(' / ')} | ${rs.map((r) => Math.round(r.cpuPerS)).join(' / ')} |`);
  }
}
