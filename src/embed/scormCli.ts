// npm run package:scorm -- --lesson <id> [--query "speed=max&learningRate=0.05"] [--title "…"] [--out file.zip] [--no-build]
// Writes a SCORM 1.2 package of one lesson: imsmanifest.xml and every file of dist/ (built first when missing or
// older than the sources). The manifest and zip come from scormManifest.ts, which the page's own download uses too.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scormZip, ScormPackageError, type ScormPackageOptions } from './scormManifest.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** What the build is made from: newer than dist/sw.js (the build's last file) means dist/ is stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

/** Every file under dir, as paths relative to `from` with forward slashes. */
function filesUnder(dir: string, from = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, from) : [relative(from, full).split('\\').join('/')];
  });
}

const newest = (path: string): number => (statSync(path).isDirectory() ? Math.max(0, ...filesUnder(path).map((f) => statSync(join(path, f)).mtimeMs)) : statSync(path).mtimeMs);

/** Why dist/ needs building, or null when it is there and newer than every source. */
export function staleBuild(root = ROOT): string | null {
  let built: number;
  try {
    built = statSync(join(root, 'dist', 'sw.js')).mtimeMs;
  } catch {
    return 'dist/ has no build';
  }
  const changed = SOURCES.find((s) => newest(join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** The package of a lesson as zip bytes, from the build in `dist`. */
export async function packageScorm(opts: ScormPackageOptions, dist = join(ROOT, 'dist')): Promise<Uint8Array> {
  const files = new Map(filesUnder(dist).map((f) => [f, new Uint8Array(readFileSync(join(dist, f)))] as const));
  return scormZip(opts, files);
}

/** Reads `--name value` pairs; throws on an unknown flag or a missing value. */
export function readArgs(argv: readonly string[]): { lesson: string; query: string; title?: string; out?: string; build: boolean } {
  const out: Record<string, string> = {};
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') build = false;
    else if (['--lesson', '--query', '--title', '--out'].includes(a) && i + 1 < argv.length) out[a.slice(2)] = argv[++i];
    else throw new ScormPackageError(`Unknown or incomplete argument "${a}". Usage: npm run package:scorm -- --lesson <id> [--query "<knobs…>"] [--title "…"] [--out file.zip] [--no-build]`);
  }
  if (!out.lesson) throw new ScormPackageError('Name a lesson: npm run package:scorm -- --lesson <id>');
  return { lesson: out.lesson, query: out.query ?? '', title: out.title, out: out.out, build };
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const stale = staleBuild();
  if (stale && !args.build) throw new ScormPackageError(`${stale}: run npm run build first (or drop --no-build).`);
  if (stale) {
    console.log(`${stale}: building the app first (npm run build)…`);
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new ScormPackageError('npm run build failed: see above.');
  }
  const zip = await packageScorm(args);
  // npm runs scripts from the project root; a relative --out is meant from where the command was typed.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), args.out ?? `backprop-lab-${args.lesson}-scorm12.zip`);
  writeFileSync(file, zip);
  console.log(`Wrote ${file} (${(zip.length / 1024).toFixed(0)} kB): upload it to the LMS as a SCORM 1.2 package.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof ScormPackageError ? `package:scorm: ${e.message}` : e);
    process.exit(1);
  });
}
