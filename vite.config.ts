import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy the app is tested under (served by `vite preview`): nothing but
 * the page's own origin, no inline script, no eval; workers from self (or blob:); any page may frame it.
 * 'wasm-unsafe-eval' lets the worker compile its WebAssembly SIMD kernels, and nothing else.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'frame-ancestors *',
].join('; ');

// base './' lets the build run from any sub-path (course sites embed from sub-folders).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after one visit: a service worker precaches the whole build (app, worker, embed example, the digits' .bin).
    // The page registers it itself (src/offline/register.ts), so no inline script is needed.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Backprop Lab',
        short_name: 'Backprop Lab',
        description: 'Train small neural networks side by side and see why deep learning was hard and what fixed it.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1b2a41',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest,bin}'],
        // Every query string (?lesson=…, ?embed=1, ?lang=ko) opens the same precached index.html.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // The Workbox runtime goes inside sw.js: one script, nothing fetched with importScripts.
        inlineWorkboxRuntime: true,
        // A new version takes over as soon as it is installed; the page says so (see register.ts).
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // A lazy chunk whose import is in a shared chunk (e.g. the own-data tools, imported from the English texts' chunk)
    // lists the entry among what to preload, and the preload helper there does not know the entry ran already: Firefox
    // fires an error event on that second <link rel=modulepreload> of index-*.js. The entry is always loaded first.
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => !/(^|\/)index-[^/]*\.js$/.test(d)) },
  },
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Builds src/engine/simd/module.gen.ts (the SIMD kernels) if it is missing or stale.
    globalSetup: ['test/setup/kernels.ts'],
    setupFiles: ['test/setup/messages.ts', 'test/setup/canvas.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    testTimeout: 60_000,
  },
});
