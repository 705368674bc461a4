import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Ports can be moved (E2E_APP_PORT, E2E_HOST_PORT) so two checkouts can test at once.
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4175);

// Tests tagged @timed measure the page's frames and long tasks: they run alone, one at a time,
// after all the others (a project run as the others' teardown runs after them, failed or not), since on a 2-core
// machine a test running beside them would be part of what they measure.
const TIMED = /@timed/;
// Workers for the other tests (E2E_WORKERS): each test has its own browser context (storage, service workers,
// caches) and the two servers are stateless but for the host's sw.js version, which only offline.spec.ts bumps and
// only its own test reads twice. Two by default: on this 2-core machine the suite took 454–559 s on two workers (three
// full runs, all green) against 814–820 s on one (E2E_WORKERS=1 for the old way).
const WORKERS = Number(process.env.E2E_WORKERS ?? 2);

// e2e runs against the built app (`npm run build` first) served by vite preview on 127.0.0.1,
// plus a second local server (another origin) for the iframe host pages.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: WORKERS,
  projects: [
    { name: 'e2e', grepInvert: TIMED, teardown: 'timed' },
    { name: 'timed', grep: TIMED, workers: 1 },
  ],
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
    : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node test/e2e/host-server.mjs ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/health`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
