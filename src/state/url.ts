import type { KnobKey } from '../protocol.ts';
import type { Comparison } from './lessons.ts';
import { ownDataTools, type OwnDataTools } from './ownData/lazy.ts';
import { URL_PARAMS, type UrlState } from './urlParams.ts';
import { UrlReader, type Notice } from './urlRead.ts';

/** What a link opens: its state, what the page replaced, and whether the link itself named SIMD. */
export interface ParsedUrl {
  state: UrlState;
  notices: Notice[];
  /** True when the link names SIMD: kernels=simd, or compare=kernels with simd among the values (not a lesson's own). */
  simdAsked: boolean;
}

/** True when a query string has a `data` parameter, whose codec must be loaded before `parseUrl`. */
export function hasDataParam(search: string): boolean {
  return new URLSearchParams(search).has('data');
}

/**
 * Reads a query string into a full state, row by row of the URL table, replacing what it cannot use and saying
 * so. A `data` parameter needs the own-data tools (`loadOwnDataTools()` first); without them it is refused like
 * a malformed one.
 */
export function parseUrl(search: string, tools: OwnDataTools | null = ownDataTools()): ParsedUrl {
  const r = new UrlReader(new URLSearchParams(search), tools);
  // Every row sets its key (the knobs' rows build config field by field): the state is whole once the table is read.
  const state = {} as UrlState;
  for (const row of URL_PARAMS) row.read(r, state);
  const simdAsked = r.took('kernels', 'simd') || (state.comparison.knob === 'kernels' && r.took('values', 'simd'));
  return { state, notices: r.notices, simdAsked };
}

/** Writes a state as a query string (without '?'); every knob is written, so a link is exact. */
export function serializeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  for (const row of URL_PARAMS) row.write(s, p);
  return p.toString();
}

/** Knob keys the given comparison sets per run. */
export function comparedKnobs(c: Comparison): KnobKey[] {
  const out: KnobKey[] = [];
  if (c.knob) out.push(c.knob);
  if (c.knob2) out.push(c.knob2);
  return out;
}
