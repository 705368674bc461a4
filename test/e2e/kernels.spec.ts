import type { Page } from '@playwright/test';
import { expect, historyAfterSteps, readStep, test } from './fixtures.ts';

// The ways SIMD can fail in a real browser, made to happen in Chromium by rewriting the worker's
// script on its way in: no WebAssembly at all, a policy that forbids compiling it, and kernels that
// give wrong numbers (some browsers have shipped broken SIMD). Each time the lab must train on the
// plain-JavaScript kernels, say so, and give the same numbers as a run that asked for JS.

// The service worker would answer the worker's request from its cache, past page.route.
test.use({ serviceWorkers: 'block' });

/** Puts `prelude` before the worker's own code (a module worker: top-level statements run first). */
async function rewriteWorker(page: Page, prelude: string, headers: Record<string, string> = {}): Promise<void> {
  await page.route(/\/assets\/worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = prelude + '\n' + (await response.text());
    await route.fulfill({ response, body, headers: { ...response.headers(), ...headers } });
  });
}

/** Makes the SIMD kernels compute garbage: after every exported call the whole linear memory is overwritten. */
const WRONG_SIMD = `{
  const Real = WebAssembly.Instance;
  WebAssembly.Instance = function (module, imports) {
    const inst = new Real(module, imports);
    const memory = imports.env.memory;
    const exports = {};
    for (const [name, f] of Object.entries(inst.exports)) {
      exports[name] = typeof f === 'function' ? (...args) => { const r = f(...args); new Float32Array(memory.buffer).fill(0.25); return r; } : f;
    }
    return { exports };
  };
}`;

async function expectTrainsOnJs(page: Page, reason: RegExp): Promise<void> {
  await expect(page.getByTestId('compute-kernels')).toHaveText(/plain JavaScript/);
  await expect(page.getByTestId('compute-nosimd')).toContainText(reason);
  await page.getByTestId('play').click();
  await expect.poll(() => readStep(page)).toBeGreaterThan(50);
  await page.getByTestId('play').click();
}

test('a browser without WebAssembly trains on JavaScript kernels; a link that asked for SIMD says it could not have it', async ({ page, problems }) => {
  await rewriteWorker(page, 'self.WebAssembly = undefined;');
  await page.goto('/?lesson=loss&kernels=simd');
  await expect(page.locator('.notices')).toContainText(
    '“kernels=simd”, but this browser cannot run WebAssembly SIMD',
  );
  await expectTrainsOnJs(page, /WebAssembly is not available/);
  expect(problems.list).toEqual([]);
});

test('SIMD kernels that fail the self-test are not used: the lab trains on JS with the same numbers as a JS run', async ({ page, context, problems }) => {
  await rewriteWorker(page, WRONG_SIMD);
  await page.goto('/?lesson=loss&seed=7');
  await expect(page.getByTestId('compute-nosimd')).toContainText(/SIMD self-test failed/);
  await expect(page.getByTestId('compute-kernels')).toHaveText(/plain JavaScript/);
  const fellBack = await historyAfterSteps(page, 12);

  const asked = await context.newPage();
  await asked.goto('/?lesson=loss&seed=7&kernels=js');
  await expect(asked.getByTestId('compute-kernels')).toHaveText(/plain JavaScript/);
  expect(await historyAfterSteps(asked, 12)).toEqual(fellBack);
  await asked.close();
  expect(problems.list).toEqual([]);
});

test('a worker whose policy forbids compiling WebAssembly trains on JS and the page says the kernels could not be loaded', async ({ page }) => {
  // Not the strict fixture: Chromium reports the refused compile as a console error, which is the point here.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await rewriteWorker(page, '', { 'content-security-policy': "default-src 'self'; script-src 'self'" });
  await page.goto('/?lesson=loss');
  await expect(page.locator('.notices')).toContainText('The SIMD kernels could not be loaded');
  await expectTrainsOnJs(page, /the SIMD module did not load/);
  expect(errors.filter((e) => !/WebAssembly|wasm/i.test(e))).toEqual([]);
});
