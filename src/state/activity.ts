import type { KnobKey } from '../protocol.ts';
import { cutTask } from './courseUrl.ts';
import { KNOB_KEYS } from './knobs.ts';
import { serializeUrl } from './url.ts';
import { CONTROL_NAMES, type ControlName, type UrlState } from './urlParams.ts';

/** What a teacher adds to the page's setup to make an activity: the controls students see, the locked knobs, an instruction. */
export interface Activity {
  /** The control groups students see (every one: the link leaves `controls=` out). */
  controls: readonly ControlName[];
  lock: readonly KnobKey[];
  /** Plain text; blank for none, cut to 280 characters. */
  task: string;
}

/** The address of this app without query or hash (`origin + pathname`): a link from it works from any sub-path. */
export function appBase(loc: Pick<Location, 'origin' | 'pathname'>): string {
  return `${loc.origin}${loc.pathname}`;
}

/**
 * The query of an activity's link: the page's setup (lesson, language, every knob, comparison, speed, mode, own
 * data) with the activity's controls, locks and instruction; none of the page's own ways of being viewed (presenter
 * mode, narrator, sound, workers, a pinned host), no autoplay; `embed` for the iframe's link.
 */
export function activityQuery(s: UrlState, a: Activity, embed = false): string {
  const controls = CONTROL_NAMES.every((c) => a.controls.includes(c)) ? null : CONTROL_NAMES.filter((c) => a.controls.includes(c));
  const task = cutTask(a.task.trim()).trimEnd();
  return serializeUrl({
    ...s,
    present: false,
    embed,
    autoplay: false,
    origin: null,
    narrator: 'milestones',
    sound: false,
    soundRun: 'A',
    workers: null,
    controls,
    lock: KNOB_KEYS.filter((k) => a.lock.includes(k)),
    task: task === '' ? null : task,
  });
}

/** Text safe inside a double-quoted HTML attribute. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` a course page pastes for a link (the activity's with `embed=1`): full width, 640 px tall, titled, sandboxed. */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="640" style="border: 0" sandbox="allow-scripts allow-same-origin allow-downloads"></iframe>`;
}
