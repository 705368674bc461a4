// npm run build && node bench/redraw.mjs [firefox] [webkit]: how often each browser redraws the lab
// (requestAnimationFrame callbacks per second) idle and while training, with one and with two workers,
// at full speed and at the lesson's pace, with every panel shown and with every chart hidden
// (an embed with ?controls=play: only the transport). Also how much of each second the page's own JS
// on the main thread took (WebKit has no long-task API, so: rAF, timer and worker-message callbacks
// wrapped and timed in the page). Served by the smoke suite's server under the app's CSP.
import { setTimeout as sleep } from 'node:timers/promises';
import { tsImport } from 'tsx/esm/api';
import { firefox, webkit } from '../test/browsers/drivers.mjs';
import { serve } from '../test/browsers/server.mjs';

const DRIVERS = { firefox, webkit };
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv.splice(i, 2)[1] : undefined; };
// --css "rule": a style sheet added to the page before measuring (to try a fix); --only text: cases whose name has it.
const css = opt('css');
const onlyCases = opt('only');
const wanted = argv.filter((a) => a in DRIVERS);
const names = wanted.length ? wanted : Object.keys(DRIVERS);
const seconds = 5;
const { CSP } = await tsImport('../vite.config.ts', import.meta.url);
const port = 4187;
const stop = await serve(port, CSP);
const base = `http://127.0.0.1:${port}/`;

/** Installed in the page: counts frames and times our main-thread callbacks (rAF, timers, worker messages). */
function probe() {
  const w = window;
  if (w.__probe) return;
  const p = (w.__probe = { frames: 0, busy: 0, t0: performance.now() });
  const timed = (fn) => function (...a) {
    const t = performance.now();
    try {
      return fn.apply(this, a);
    } finally {
      p.busy += performance.now() - t;
    }
  };
  const raf = w.requestAnimationFrame.bind(w);
  w.requestAnimationFrame = (cb) => raf(timed(cb));
  const st = w.setTimeout.bind(w);
  w.setTimeout = (cb, ms, ...a) => st(typeof cb === 'function' ? timed(cb) : cb, ms, ...a);
  const add = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, cb, o) {
    return add.call(this, type, typeof cb === 'function' ? timed(cb) : cb, o);
  };
  const desc = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  Object.defineProperty(Worker.prototype, 'onmessage', {
    set(cb) { desc.set.call(this, typeof cb === 'function' ? timed(cb) : cb); },
    get() { return desc.get.call(this); },
  });
  const count = () => { p.frames++; raf(count); };
  raf(count);
}
const read = () => { const p = window.__probe; const r = { frames: p.frames, busy: p.busy, t: performance.now() }; p.frames = 0; p.busy = 0; return r; };

// The children of main.panels, in order (App.tsx): numbers, boundaries, gradients, curves, health, network.
const VIEWS = ['numbers', 'boundaries', 'gradients', 'curves', 'health', 'network'];
const only = (v) => VIEWS.filter((x) => x !== v);
const cases = [
  { name: 'idle, all panels', q: '', play: false },
  { name: 'max, 1 worker', q: 'workers=1&speed=max', play: true },
  { name: 'max, 2 workers', q: 'workers=2&speed=max', play: true },
  { name: 'max, 1 worker, every view hidden', q: 'workers=1&speed=max', play: true, hide: VIEWS },
  { name: 'lesson pace (12/s), 1 worker', q: 'workers=1', play: true },
  { name: 'lesson pace, every view hidden', q: 'workers=1', play: true, hide: VIEWS },
  ...VIEWS.map((v) => ({ name: `lesson pace, only ${v}`, q: 'workers=1', play: true, hide: only(v) })),
];
try {
  for (const name of names) {
    const d = await DRIVERS[name](base, { width: 1280, height: 900 });
    console.log(`${name}: ${d.version}`);
    for (const c of cases.filter((x) => !onlyCases || x.name.includes(onlyCases))) {
      await d.goto(`./?${c.q}${c.q ? '&' : ''}lang=en`);
      await sleep(1500);
      await d.run(probe);
      if (css) await d.run((text) => document.head.appendChild(Object.assign(document.createElement('style'), { textContent: text })), css);
      if (c.hide) await d.run((ks) => ks.forEach((k) => (document.querySelector(`main.panels > :nth-child(${k + 1})`).style.display = 'none')), c.hide.map((v) => VIEWS.indexOf(v)));
      if (c.play) await d.run(() => document.querySelector('[data-testid="play"]')?.click());
      await sleep(1000);
      // At full speed the lesson's horizon (Play pauses there) is reached in under a second: keep training.
      if (c.play) await d.run(() => document.querySelector('[data-testid="keep-training"]')?.click());
      await sleep(500);
      await d.run(read);
      await sleep(seconds * 1000);
      const r = await d.run(read);
      const step = await d.run(() => document.querySelector('[data-testid="step"]')?.textContent);
      console.log(`  ${c.name.padEnd(34)} ${(r.frames / seconds).toFixed(1).padStart(5)} frames/s   our rAF+timer JS ${(r.busy / seconds).toFixed(0).padStart(4)} ms/s   step ${step}`);
    }
    await d.close();
  }
} finally {
  await stop();
}
