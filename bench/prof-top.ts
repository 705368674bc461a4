/**
 * Summarises a V8 .cpuprofile (e.g. from `npm run bench -- --engines=ours --workloads=W2 --cpu-prof`):
 * self time per function, top N. Usage: tsx bench/prof-top.ts <file.cpuprofile> [N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/prof-top.ts <file.cpuprofile> [N]');
  process.exit(1);
}
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  const n = byId.get(id);
  if (!n) return;
  const f = n.callFrame;
  const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg));
console.log(`${(total / 1000).toFixed(0)} ms sampled in ${path.basename(file)}; self time:`);
for (const [k, t] of rows) console.log(`${((100 * t) / total).toFixed(1).padStart(6)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
