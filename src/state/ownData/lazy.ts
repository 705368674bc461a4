/**
 * The own-data tools (CSV reader, link codec, JSON import, built-in starts) are loaded on demand: the first paint of a page without own data needs none of them (initial JS budget, DESIGN §9).
 */
export type OwnDataTools = typeof import('./tools.ts');

let tools: OwnDataTools | null = null;
let pending: Promise<OwnDataTools> | null = null;

/** The tools when already loaded, else null (synchronous callers fall back or wait for `loadOwnDataTools`). */
export function ownDataTools(): OwnDataTools | null {
  return tools;
}

/** Loads the tools once; later calls get the same promise. */
export function loadOwnDataTools(): Promise<OwnDataTools> {
  pending ??= import('./tools.ts').then(
    (m) => (tools = m),
    (e: unknown) => {
      pending = null; // a failed chunk load (offline before the cache was filled) may be tried again later
      throw e;
    },
  );
  return pending;
}
