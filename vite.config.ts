import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy the app is tested under (served by `vite preview`): nothing but
 * the page's own origin, no inline script, no eval; workers from self (or blob:); any page may frame it.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: { 'Content-Security-Policy': CSP } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Builds src/engine/simd/module.gen.ts (the SIMD kernels) if it is missing or stale.
    globalSetup: ['test/setup/kernels.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    testTimeout: 60_000,
  },
});
