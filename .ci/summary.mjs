// Adds up Vitest's, Playwright's and the Firefox/WebKit smoke suites' JSON reports into one closing line "N passed, N failed".
// Exits non-zero when the test command failed, any test failed, or no test ran.
import { existsSync, readFileSync } from 'node:fs';

const rc = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
}
const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
  failed += (e2e.errors ?? []).length;
}
for (const browser of ['firefox', 'webkit']) {
  const smoke = read(`test-results/browsers-${browser}.json`);
  if (smoke) {
    passed += smoke.passed ?? 0;
    failed += smoke.failed ?? 0;
  } else console.log(`no ${browser} smoke report (the run stopped before or during test/browsers/run.mjs)`);
}
// A failure before or between the runners (type check, build) counts as one failed check.
if (rc !== 0 && failed === 0) failed = 1;
if (!unit) console.log('no unit-test report (the run stopped before or during Vitest)');
if (!e2e) console.log('no e2e report (the run stopped before or during Playwright)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(rc !== 0 || failed > 0 || passed === 0 ? 1 : 0);
