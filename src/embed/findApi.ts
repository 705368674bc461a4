/** The SCORM 1.2 run-time API an LMS offers its content as `window.API` (values are strings; true/false as "true"/"false"). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError?(): unknown;
  LMSGetErrorString?(code: unknown): unknown;
}

/** The parts of a window the search reads (real windows, or fakes in tests); any of them may throw across origins. */
export interface ApiWindow {
  readonly parent: ApiWindow | null;
  readonly opener?: ApiWindow | null;
  readonly API?: unknown;
}

/** The SCORM 1.2 RTE's limit on parent hops from the content to the LMS's API. */
export const MAX_PARENT_HOPS = 7;

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] as const;

/** `win.API` when it is a SCORM 1.2 API; null when absent, not one, or unreadable (another origin's window throws). */
function apiOf(win: ApiWindow): Scorm12Api | null {
  try {
    const api = win.API as Record<string, unknown> | null | undefined;
    return api && METHODS.every((m) => typeof api[m] === 'function') ? (api as unknown as Scorm12Api) : null;
  } catch {
    return null;
  }
}

/** A window's parent, or null at the top or when it cannot be read. */
function parentOf(win: ApiWindow): ApiWindow | null {
  try {
    const p = win.parent;
    return p && p !== win ? p : null;
  } catch {
    return null;
  }
}

/** The RTE's findAPI: this window, then up to MAX_PARENT_HOPS parents, skipping windows of other origins. */
function findInChain(start: ApiWindow): Scorm12Api | null {
  let win: ApiWindow | null = start;
  for (let hops = 0; win && hops <= MAX_PARENT_HOPS; hops++) {
    const api = apiOf(win);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** The LMS's SCORM 1.2 API as the RTE's getAPI finds it: in this window's parent chain, else in its opener's. */
export function findApi(win: ApiWindow): Scorm12Api | null {
  const own = findInChain(win);
  if (own) return own;
  let opener: ApiWindow | null | undefined = null;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return opener ? findInChain(opener) : null;
}
