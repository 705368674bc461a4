import { togglePlay } from '../../state/actions.ts';
import { currentLesson, selectFocus } from '../../state/horizon.ts';
import { useLab } from '../../state/store.ts';

/** The page is one column (a phone): the width at which app.css stacks the lesson, the charts and the settings. */
export const ONE_COLUMN = '(max-width: 52rem)';

/**
 * On a one-column page, scrolls the open lesson's first focus view up to just under the sticky stage bar, so
 * the chart the lesson talks about is what the learner sees once training starts. Nothing happens on wider
 * pages (the focus views are on the first screen there) or when the view is already in place. Only the lab's
 * own document scrolls (window.scrollTo), never an embedding page.
 */
export function showFocusView(): void {
  if (typeof window.matchMedia !== 'function' || !window.matchMedia(ONE_COLUMN).matches) return;
  // In a lesson's sweep its focus starts with the outcome panel (selectFocus); with the lesson text hidden, the lesson's own.
  const s = useLab.getState();
  const view = selectFocus(s)[0] ?? currentLesson(s).focus[0];
  const el = document.querySelector<HTMLElement>(`.panels [data-view="${view}"]`);
  if (!el) return;
  // The bar sticks to the top of the screen once the page scrolls past it: the view goes just under it.
  const bar = document.querySelector('.stage-bar')?.getBoundingClientRect().height ?? 0;
  const top = el.getBoundingClientRect().top;
  const gap = 8;
  if (top >= bar && top <= bar + gap * 4) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: window.scrollY + top - bar - gap, behavior: reduced ? 'auto' : 'smooth' });
}

/** Play or Pause; on starting, brings the lesson's first focus view into view (see showFocusView). */
export function togglePlayAndShow(): void {
  togglePlay();
  if (useLab.getState().playing) showFocusView();
}
