/**
 * The import rule of src/, checked on every file's imports (static, `export … from` and dynamic).
 *
 * Layers, lowest first: engine → protocol → worker | pool → state → views | embed | offline (protocol is protocol.ts,
 * knobTable.ts, the one table of knobs, whose live flags the worker reads, and history.ts, the rule that bounds a
 * run's history, which the worker records by and the page merges by, and netShape.ts, a run's classes, layer sizes
 * and weight count). A file may import its own layer or any lower one (skipping down is fine), never a higher one.
 * Besides:
 * - worker/ (code that runs inside a Worker) and pool/ (the page side of the workers) sit side by side and speak
 *   only through protocol.ts;
 * - i18n is a leaf: it imports nothing else from src/, and state, views and embed may all use it;
 * - views, embed (the host-page API) and offline (service-worker registration) sit side by side at the top and
 *   never import each other; main.tsx, the entry, wires them;
 * - views, embed and offline reach the workers only through state (the store holds data, state/stream.ts the pool),
 *   so none imports worker/ or pool/ (the fault type they show lives in protocol.ts);
 * - the engine imports no package (it runs in Node, a worker and a benchmark bundle alike);
 * - inside views/: each folder is a panel and never imports a sibling panel; ui/ holds what panels share
 *   and imports no panel; files at the views/ root are the page shell (App and its frame) and may import
 *   any panel, while no panel imports the shell;
 * - state/ownData/ holds own data's types, codecs and pure helpers (CSV, link, JSON file, checks): they import
 *   nothing of state/ outside that folder, so no store and no actions (those are ownDataActions.ts, ownDataEdit.ts);
 * - no barrels in views/: a file is imported from where it lives (an index.ts that re-exports hides which
 *   folder a piece belongs to, and pulls every export of a folder into whatever imports one);
 * - no import cycle among src/ files (so none inside a layer, nor between the files of one room), counting
 *   every import that runs code (static, `export … from`, dynamic `import()`) and none that only brings
 *   types (`import type`, `export type … from`, all-`type` braces, `typeof import(…)`): a cycle makes the
 *   evaluation order depend on which file is imported first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const SRC = join(ROOT, 'src');

type Layer = 'engine' | 'protocol' | 'worker' | 'pool' | 'state' | 'i18n' | 'views' | 'embed' | 'offline' | 'main';
const RANK: Record<Exclude<Layer, 'i18n' | 'main'>, number> = { engine: 0, protocol: 1, worker: 2, pool: 2, state: 3, views: 4, embed: 4, offline: 4 };
const TOP: readonly Layer[] = ['views', 'embed', 'offline'];

/** Every .ts/.tsx file under dir, as paths relative to src/ with forward slashes. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [relative(SRC, full).split('\\').join('/')] : [];
  });
}

/** One import of a file: its specifier, and whether only types come through it (erased when compiled). */
export interface Import {
  spec: string;
  typeOnly: boolean;
}

/** True when every name in braces is marked `type` (an empty pair of braces still runs the module). */
function allTyped(names: ts.NamedImportBindings | ts.NamedExportBindings | undefined): boolean {
  return !!names && !ts.isNamespaceImport(names) && !ts.isNamespaceExport(names) && names.elements.length > 0 && names.elements.every((e) => e.isTypeOnly);
}

/** What a file imports: `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')`, `typeof import('x')`. */
export function importsOf(text: string, tsx = false): Import[] {
  const file = ts.createSourceFile(tsx ? 'f.tsx' : 'f.ts', text, ts.ScriptTarget.Latest, false, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      out.push({ spec: node.moduleSpecifier.text, typeOnly: !!c && (c.isTypeOnly || (!c.name && allTyped(c.namedBindings))) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allTyped(node.exportClause) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The src/-relative file an import of `from` names (a ?query left off), or null for packages, CSS and assets. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\?.*$/, '');
  return to.startsWith('..') || !/\.tsx?$/.test(to) ? null : to;
}

/**
 * The import cycles of a graph (file → files it imports): each strongly connected part of more than one file,
 * or a file importing itself, as its files sorted. Tarjan's algorithm.
 */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || graph.get(v)?.includes(v)) out.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Every src/ file with its imports, each file parsed once. */
const srcImports = (() => {
  let all: Map<string, Import[]> | null = null;
  return () => (all ??= new Map(sources(SRC).map((f) => [f, importsOf(readFileSync(join(SRC, f), 'utf8'), f.endsWith('.tsx'))])));
})();

/** src/ as a graph of the imports that run code (type-only ones left out). */
function runtimeGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, imports] of srcImports()) {
    graph.set(file, imports.filter((i) => !i.typeOnly).map((i) => resolve(file, i.spec)).filter((t): t is string => t !== null));
  }
  return graph;
}

export function layerOf(path: string): Layer {
  if (path === 'main.tsx') return 'main';
  if (['protocol.ts', 'knobTable.ts', 'history.ts', 'netShape.ts', 'seeds.ts'].includes(path)) return 'protocol';
  const top = path.split('/')[0];
  if (top in RANK || top === 'i18n') return top as Layer;
  throw new Error(`${path} belongs to no layer: add it to the rule in test/layering.test.ts`);
}

/** Which part of views/ a file is in: 'ui', a panel folder's name, or 'shell' for the views/ root. */
function roomOf(path: string): string {
  const parts = path.split('/');
  return parts.length === 2 ? 'shell' : parts[1];
}

/** Why importing `to` from `from` (both src/-relative) breaks the rule, or null when it is fine. */
export function violation(from: string, to: string): string | null {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === 'main') return null;
  if (b === 'main') return 'nothing imports the entry';
  if (a === 'i18n') return b === 'i18n' ? null : 'i18n is a leaf';
  if (b === 'i18n') return a === 'engine' || a === 'protocol' || a === 'worker' ? `${a} does not know texts` : null;
  if (TOP.includes(a) && (b === 'worker' || b === 'pool')) return `${a} reaches the worker only through state`;
  if ((a === 'pool' && b === 'worker') || (a === 'worker' && b === 'pool')) return 'the worker and the pool speak only through protocol.ts';
  if (TOP.includes(a) && TOP.includes(b) && a !== b) return `${a} and ${b} sit side by side`;
  if (RANK[b] > RANK[a]) return `${a} imports upward from ${b}`;
  if (from.startsWith('state/ownData/') && b === 'state' && !to.startsWith('state/ownData/')) return 'own data\'s codecs import no store and no actions';
  if (a === 'views' && b === 'views' && /(^|\/)index\.tsx?$/.test(to)) return 'views have no barrels: import the file itself';
  if (a === 'views' && b === 'views') {
    const ra = roomOf(from);
    const rb = roomOf(to);
    if (ra === rb || rb === 'ui') return null;
    if (ra === 'shell') return null;
    if (rb === 'shell') return `panel ${ra} imports the page shell`;
    return ra === 'ui' ? `ui imports panel ${rb}` : `panel ${ra} imports sibling panel ${rb}`;
  }
  return null;
}

/** Every import of src/ that breaks the rule, as "from → to: why". */
function violations(): string[] {
  const bad: string[] = [];
  for (const [file, imports] of srcImports()) {
    for (const { spec } of imports) {
      if (!spec.startsWith('.')) {
        if (layerOf(file) === 'engine') bad.push(`${file} → ${spec}: the engine imports no package`);
        continue;
      }
      const to = resolve(file, spec);
      if (to === null) continue; // CSS and assets carry no code rule
      const why = violation(file, to);
      if (why) bad.push(`${file} → ${to}: ${why}`);
    }
  }
  return bad;
}

describe('layering of src/', () => {
  it('finds the imports of every form', () => {
    const text = "import a from './a.ts';\nimport type { B } from '../b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = import('./e.ts');\nimport {\n  f,\n} from './f.ts';";
    expect(importsOf(text).map((i) => i.spec)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './f.ts', './e.ts'].sort((x, y) =>
      text.indexOf(x) - text.indexOf(y)));
  });

  it('tells imports that only bring types from those that run code', () => {
    const text = [
      "import type { A } from './a.ts';",
      "export type { B } from './b.ts';",
      "import { type C, type D } from './c.ts';",
      "import { type E, e } from './e.ts';",
      "import F, { type G } from './f.ts';",
      "export { type H } from './h.ts';",
      "export * from './i.ts';",
      "import {} from './j.ts';",
      "type K = typeof import('./k.ts');",
      "const l = () => import('./l.ts');",
    ].join('\n');
    expect(importsOf(text).filter((i) => !i.typeOnly).map((i) => i.spec)).toEqual(['./e.ts', './f.ts', './i.ts', './j.ts', './l.ts']);
  });

  it('finds a cycle in a graph and none where the back edge is type-only', () => {
    const files = (text: Record<string, string>) => new Map(Object.entries(text).map(([f, t]) => [f, importsOf(t).filter((i) => !i.typeOnly).map((i) => resolve(f, i.spec)!)]));
    const cyclic = files({
      'state/a.ts': "import { b } from './b.ts';",
      'state/b.ts': "export const b = () => import('./c.ts');",
      'state/c.ts': "export { a } from './a.ts';",
      'state/d.ts': "import { a } from './a.ts';",
      'state/e.ts': "import { e } from './e.ts';",
    });
    expect(cyclesOf(cyclic)).toEqual([['state/a.ts', 'state/b.ts', 'state/c.ts'], ['state/e.ts']]);
    const typed = files({
      'state/a.ts': "import { b } from './b.ts';",
      'state/b.ts': "import type { A } from './a.ts';\nimport { type C } from './c.ts';",
      'state/c.ts': "import { a } from './a.ts';",
    });
    expect(cyclesOf(typed)).toEqual([]);
  });

  it('tells allowed imports from forbidden ones', () => {
    expect(violation('views/charts/CurvesPanel.tsx', 'state/store.ts')).toBeNull();
    expect(violation('views/charts/CurvesPanel.tsx', 'engine/types.ts')).toBeNull();
    expect(violation('views/charts/CurvesPanel.tsx', 'views/ui/format.ts')).toBeNull();
    expect(violation('views/App.tsx', 'views/charts/CurvesPanel.tsx')).toBeNull();
    expect(violation('state/runLabel.ts', 'i18n/index.ts')).toBeNull();
    expect(violation('views/network/NetworkPanel.tsx', 'views/boundary/RunSwatch.tsx')).toMatch(/sibling/);
    expect(violation('views/WorkerError.tsx', 'worker/client.ts')).toMatch(/through state/);
    expect(violation('embed/progress.ts', 'views/runLabel.ts')).toMatch(/side by side/);
    expect(violation('engine/trainer.ts', 'protocol.ts')).toMatch(/upward/);
    expect(violation('state/actions.ts', 'views/App.tsx')).toMatch(/upward/);
    expect(violation('views/ui/format.ts', 'views/charts/logScale.ts')).toMatch(/ui imports/);
    expect(violation('views/charts/CurvesPanel.tsx', 'views/App.tsx')).toMatch(/shell/);
    expect(violation('views/App.tsx', 'views/charts/index.ts')).toMatch(/barrels/);
    expect(violation('i18n/index.ts', 'state/store.ts')).toMatch(/leaf/);
    expect(violation('worker/handler.ts', 'i18n/index.ts')).toMatch(/texts/);
    expect(violation('views/WorkerError.tsx', 'pool/pool.ts')).toMatch(/through state/);
    expect(violation('pool/pool.ts', 'worker/handler.ts')).toMatch(/protocol/);
    expect(violation('worker/handler.ts', 'pool/merge.ts')).toMatch(/protocol/);
    expect(violation('state/stream.ts', 'pool/pool.ts')).toBeNull();
    expect(violation('pool/merge.ts', 'state/store.ts')).toMatch(/upward/);
    expect(violation('state/ownData/csv.ts', 'state/ownData/types.ts')).toBeNull();
    expect(violation('state/ownDataEdit.ts', 'state/ownData/builtIn.ts')).toBeNull();
    expect(violation('state/ownData/urlCodec.ts', 'state/store.ts')).toMatch(/no store/);
  });

  it('has no import against views → state → worker → protocol → engine, nor between sibling panels', () => {
    expect(violations()).toEqual([]);
  });

  it('has no import cycle among its files (type-only imports aside)', () => {
    expect(cyclesOf(runtimeGraph())).toEqual([]);
  });

  it('has no barrel file (index.ts) anywhere in views/', () => {
    expect(sources(join(SRC, 'views')).filter((f) => /(^|\/)index\.tsx?$/.test(f))).toEqual([]);
  });
});
