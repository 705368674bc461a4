/**
 * Vitest global setup: builds the SIMD kernels' generated module (src/engine/simd/module.gen.ts,
 * not committed) when it is missing or older than its source, so `npx vitest run` works on a
 * fresh clone or right after a rebase.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['src/engine/simd/build.mjs'], { stdio: 'inherit' });
}
