// The Firefox and WebKit smoke suites: `node test/browsers/run.mjs [firefox] [webkit]` (both by default)
// against the build in dist/, served under the app's CSP by server.mjs. Prints one line per test and
// writes test-results/browsers-<name>.json ({ passed, failed, tests }) for .ci/summary.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { firefox, webkit } from './drivers.mjs';
import { serve } from './server.mjs';
import { problems, TESTS } from './smoke.mjs';

const DRIVERS = { firefox, webkit };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(DRIVERS);
const port = Number(process.env.BROWSERS_PORT ?? 4177);
const TEST_TIMEOUT_MS = 60_000;
const { CSP } = await tsImport('../../vite.config.ts', import.meta.url);

const withTimeout = (p, ms, what) =>
  Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms).unref())]);

const stop = await serve(port, CSP);
const base = `http://127.0.0.1:${port}/`;
let anyFailed = false;
mkdirSync('test-results', { recursive: true });
try {
  for (const name of wanted) {
    const report = { browser: name, version: null, passed: 0, failed: 0, tests: [] };
    const record = (test, error, ms) => {
      report[error ? 'failed' : 'passed'] += 1;
      report.tests.push({ name: test, ok: !error, ms, error: error ? String(error.message ?? error) : null });
      console.log(`  ${error ? '✘' : '✓'} ${name} › ${test} (${ms} ms)${error ? `\n      ${String(error.message ?? error).replaceAll('\n', '\n      ')}` : ''}`);
    };
    let d;
    try {
      d = await withTimeout(DRIVERS[name](base), 90_000, `starting ${name}`);
      report.version = d.version;
      console.log(`${name}: ${d.version}`);
    } catch (e) {
      record(`starts ${name}`, e, 0);
    }
    if (d) {
      for (const t of TESTS) {
        const t0 = Date.now();
        let error = null;
        try {
          await withTimeout(t.run(d), TEST_TIMEOUT_MS, t.name);
          const seen = [...(await problems(d)), ...d.takeEvents()];
          if (seen.length) error = new Error(`the page reported problems:\n${seen.join('\n')}`);
        } catch (e) {
          error = e;
          await problems(d).catch(() => []);
          d.takeEvents();
        }
        record(t.name, error, Date.now() - t0);
      }
      await withTimeout(d.close(), 20_000, `closing ${name}`).catch((e) => console.log(`(${e.message})`));
    }
    writeFileSync(`test-results/browsers-${name}.json`, JSON.stringify(report, null, 2));
    console.log(`${name}: ${report.passed} passed, ${report.failed} failed`);
    if (report.failed) anyFailed = true;
  }
} finally {
  await stop();
}
process.exit(anyFailed ? 1 : 0);
