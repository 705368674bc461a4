/**
 * Installs the bench-only peers (bench/peers/package.json: brain.js 2.0.0-beta.24) into
 * bench/peers/node_modules when they are missing, with install scripts off: brain.js 2 beta pulls
 * gpu.js 2 → headless-gl, a native build that fails on a machine without X11 headers, and its CPU
 * NeuralNetwork (the part we measure) never loads it. Run by `npm run bench` before measuring.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peers');

/** True when the peers are there (installed now or before); false, with a note, when npm failed. */
export function ensurePeers(): boolean {
  if (existsSync(path.join(DIR, 'node_modules', 'brain.js', 'package.json'))) return true;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const cmd = existsSync(path.join(DIR, 'package-lock.json')) ? 'ci' : 'install';
  try {
    process.stderr.write(`installing bench peers (npm ${cmd} --ignore-scripts in bench/peers)…\n`);
    execFileSync(npm, [cmd, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: DIR, stdio: 'inherit' });
    return true;
  } catch (e) {
    process.stderr.write(`bench peers not installed (${e instanceof Error ? e.message : String(e)}); brain.js-2beta is skipped\n`);
    return false;
  }
}
