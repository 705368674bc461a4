// node bench/trace-top.mjs TRACE.json [minTaskMs]: what the page's main thread spent its time on, from a trace that
// bench/throttle.mjs kept (--trace DIR). Per timeline event name, the wall ms over all tasks and over the tasks of at
// least minTaskMs (default 50: the long ones), self time (children subtracted), top 25; then the same in thread time
// (CPU: what the machine's other load does not inflate), over the tasks of at least minTaskMs ÷ 4 ms of CPU.
import { readFileSync } from 'node:fs';

const [file, minArg] = process.argv.slice(2);
const minTask = Number(minArg ?? 50);
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const byThread = new Map();
for (const e of traceEvents) {
  if (e.ph !== 'X' || e.dur === undefined || !mains.has(`${e.pid}:${e.tid}`)) continue;
  const k = `${e.pid}:${e.tid}`;
  if (!byThread.has(k)) byThread.set(k, []);
  byThread.get(k).push(e);
}
let events = [];
for (const t of byThread.values()) if (t.length > events.length) events = t;
events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Nest: self time = duration minus direct children.
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
const label = (e) => (e.name === 'FunctionCall' && e.args?.data?.functionName ? `FunctionCall ${e.args.data.functionName}` : e.name);
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25);

/** Self time per event name over all tasks and over the long ones, by `dur` (wall) or `tdur` (thread). */
function tally(field, min) {
  const self = new Map();
  const stack = [];
  const all = new Map();
  const long = new Map();
  let longCount = 0;
  let taskLong = false;
  for (const e of events) {
    if (e[field] === undefined) continue;
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length === 0) {
      taskLong = e[field] / 1000 >= min;
      if (taskLong) longCount++;
    } else {
      const parent = stack[stack.length - 1];
      self.set(parent, (self.get(parent) ?? parent[field]) - e[field]);
    }
    if (taskLong) long.set(e, true);
    stack.push(e);
  }
  const a = new Map();
  const l = new Map();
  for (const e of events) {
    if (e[field] === undefined) continue;
    const s = (self.get(e) ?? e[field]) / 1000;
    add(a, label(e), s);
    if (long.has(e)) add(l, label(e), s);
  }
  const what = field === 'dur' ? 'wall' : 'thread';
  console.log(`\nall tasks (self ms, ${what}):`);
  for (const [k, v] of top(a)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
  console.log(`\n${longCount} tasks ≥ ${min} ms ${what} (self ms, ${what}):`);
  for (const [k, v] of top(l)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
}
tally('dur', minTask);
tally('tdur', minTask / 4);
