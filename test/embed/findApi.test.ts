import { describe, expect, it } from 'vitest';
import { findApi, MAX_PARENT_HOPS, type ApiWindow } from '../../src/embed/findApi.ts';

const api = () => ({ LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true' });

/** A window; `foreign` makes reading its API throw as a cross-origin window's does (its parent stays readable). */
function win(opts: { API?: unknown; parent?: ApiWindow | null; opener?: ApiWindow | null; foreign?: boolean } = {}): ApiWindow {
  const w = {
    get API() {
      if (opts.foreign) throw new DOMException('Blocked a frame with origin', 'SecurityError');
      return opts.API;
    },
    parent: null as ApiWindow | null,
    opener: opts.opener ?? null,
  };
  w.parent = opts.parent === undefined ? (w as ApiWindow) : opts.parent;
  return w;
}

/** A chain of `n` frames above `top`, each the parent of the next; returns the innermost. */
function chain(top: ApiWindow, n: number, foreign = false): ApiWindow {
  let w = top;
  for (let i = 0; i < n; i++) w = win({ parent: w, foreign });
  return w;
}

describe('findApi (SCORM 1.2 RTE findAPI / getAPI)', () => {
  it('finds the API on the window itself or on its parent', () => {
    const lms = api();
    expect(findApi(win({ API: lms }))).toBe(lms);
    expect(findApi(win({ parent: win({ API: lms }) }))).toBe(lms);
  });

  it(`walks at most ${MAX_PARENT_HOPS} parents up`, () => {
    const lms = api();
    expect(findApi(chain(win({ API: lms }), MAX_PARENT_HOPS))).toBe(lms);
    expect(findApi(chain(win({ API: lms }), MAX_PARENT_HOPS + 1))).toBeNull();
  });

  it('steps over frames of another origin whose API cannot be read', () => {
    const lms = api();
    expect(findApi(chain(win({ API: lms }), 3, true))).toBe(lms);
  });

  it("then looks in the opener's chain (a course that opens the lab in a new window)", () => {
    const lms = api();
    const opener = win({ parent: win({ API: lms }) });
    expect(findApi(win({ opener }))).toBe(lms);
  });

  it('is null with no API, with an object that lacks the SCORM 1.2 functions, and when the opener cannot be read', () => {
    expect(findApi(win())).toBeNull();
    expect(findApi(win({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
    const w = win();
    Object.defineProperty(w, 'opener', { get: () => { throw new DOMException('no', 'SecurityError'); } });
    expect(findApi(w)).toBeNull();
  });
});
