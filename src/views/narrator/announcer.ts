import type { Verbosity } from '../../state/urlParams.ts';
import type { Milestone } from './milestones.ts';

/** Least time between two announcements the narrator makes by itself (ms). */
export const MIN_GAP_MS = 3000;
/** Time between the short status lines of the "every few seconds" setting (ms). */
export const PERIODIC_MS = 6000;

/** Milestones waiting for their turn and when the narrator last spoke. Times are ms on one clock. */
export interface AnnouncerState {
  pending: Milestone[];
  lastAt: number;
  lastStatusAt: number;
}

export const idleAnnouncer: AnnouncerState = { pending: [], lastAt: -Infinity, lastStatusAt: -Infinity };

/** What to say now: milestones merged into one announcement, and whether to add the short status line. */
export interface Utterance {
  events: Milestone[];
  status: boolean;
}

/** True when b makes a waiting a needless: the same news about the same run, told later. */
function supersedes(b: Milestone, a: Milestone): boolean {
  if (a.kind === 'horizon' || b.kind === 'horizon') return a.kind === b.kind;
  if (a.kind !== b.kind || a.run !== b.run) return false;
  // A newer ratio replaces an older one; 90 % replaces 60 %.
  return a.kind === 'ratio' || a.kind === 'accuracy';
}

/** Adds new milestones to the waiting ones; a later one of the same kind and run replaces the earlier. */
export function enqueue(state: AnnouncerState, events: readonly Milestone[]): AnnouncerState {
  if (events.length === 0) return state;
  let pending = state.pending.slice();
  for (const e of events) {
    pending = pending.filter((p) => !supersedes(e, p));
    pending.push(e);
  }
  return { ...state, pending };
}

/** Forgets the waiting milestones (reset, new comparison): they describe runs that are gone. */
export function clearPending(state: AnnouncerState): AnnouncerState {
  return state.pending.length ? { ...state, pending: [] } : state;
}

/**
 * Whether to speak at time `now`, and what. Never within MIN_GAP_MS of the last announcement, never
 * while paused (except the horizon, whose arrival is what pauses a lesson), nothing when off. Waiting
 * milestones are said together, in step order; "every few seconds" adds a status line each PERIODIC_MS
 * while training.
 */
export function nextUtterance(
  state: AnnouncerState,
  now: number,
  playing: boolean,
  verbosity: Verbosity,
): { state: AnnouncerState; say: Utterance | null } {
  if (verbosity === 'off') return { state: clearPending(state), say: null };
  if (now - state.lastAt < MIN_GAP_MS) return { state, say: null };
  const final = state.pending.some((e) => e.kind === 'horizon');
  if (!playing && !final) return { state, say: null };
  const status = playing && verbosity === 'periodic' && now - state.lastStatusAt >= PERIODIC_MS;
  if (state.pending.length === 0 && !status) return { state, say: null };
  const events = state.pending.slice().sort((a, b) => a.step - b.step || (a.kind === 'horizon' ? 1 : 0) - (b.kind === 'horizon' ? 1 : 0));
  return {
    state: { pending: [], lastAt: now, lastStatusAt: status ? now : state.lastStatusAt },
    say: { events, status },
  };
}

/** Marks an on-demand description as spoken at `now`, so the narrator's own next words wait their gap. */
export function spokeAt(state: AnnouncerState, now: number): AnnouncerState {
  return { ...state, lastAt: now };
}
