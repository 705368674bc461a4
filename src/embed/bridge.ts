import { useLab, type LabState } from '../state/store.ts';
import { applyCommand } from './apply.ts';
import { SOURCE, type EmbedEvent } from './messages.ts';
import { progressEvent, readyEvent } from './progress.ts';
import { parseMessage } from './validate.ts';
import { STATE_VERSION, takeSnapshot } from './snapshot.ts';
import { usePredictions } from '../state/predictions.ts';
import { onLearning, type LearningEvent } from './learning.ts';
import { statementOf } from './statements.ts';

/** Least time between two `progress` messages: a few a second is plenty for a host page. */
export const PROGRESS_INTERVAL_MS = 250;

/** The parts of `window` the bridge uses (a real window, or a fake in tests). */
export interface EmbedWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  ResizeObserver?: typeof ResizeObserver;
  scrollY: number;
  location?: { href?: string; ancestorOrigins?: { readonly length: number; readonly [i: number]: string } };
  document?: { referrer: string };
}

/** The framing page's origin when the browser tells it (ancestorOrigins, else the referrer), or null. */
export function parentOrigin(win: EmbedWindow): string | null {
  const ancestors = win.location?.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    const ref = win.document?.referrer;
    return ref ? new URL(ref).origin : null;
  } catch {
    return null;
  }
}

/** Height of the page's content in CSS pixels: the bottom of the app's root in document coordinates. */
export function contentHeight(root: Element, scrollY: number): number {
  return Math.ceil(root.getBoundingClientRect().bottom + scrollY);
}

/**
 * The postMessage API for a host page that frames the lab (DESIGN §8). Does nothing unless the
 * page is framed. Posts `ready` once the runs first exist, `progress` a few times a second while
 * the step or the recorded numbers move, `statement` for each learning event from `ready` on (learning.ts), and `resize`
 * when the content height changes; obeys validated commands from the
 * parent window only, and only from `?origin=` when given. Returns a function that stops it.
 */
export function startEmbedBridge(win: EmbedWindow, root: Element): () => void {
  if ((win.parent as unknown) === win) return () => {};
  const parent = win.parent;
  const pinned = useLab.getState().origin;
  const framedBy = parentOrigin(win);
  // Posting to a pinned origin the parent does not have only makes the browser log an error.
  const mismatch = pinned !== null && framedBy !== null && framedBy !== pinned;
  if (mismatch) console.warn(`Backprop Lab is pinned to ${pinned} but framed by ${framedBy}: it will not talk to this page.`);
  const post = (msg: EmbedEvent) => {
    if (!mismatch) parent.postMessage(msg, useLab.getState().origin ?? '*');
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== (parent as unknown)) return;
    const origin = useLab.getState().origin;
    let parsed;
    try {
      parsed = parseMessage(e.data);
    } catch {
      parsed = { kind: 'invalid' as const, reason: 'unreadable message' };
    }
    if (parsed.kind === 'foreign') return;
    if (origin !== null && e.origin !== origin) {
      console.warn(`Backprop Lab ignored a message from ${e.origin}: it only listens to ${origin}.`);
      return;
    }
    if (parsed.kind === 'invalid') {
      console.warn(`Backprop Lab ignored a message: ${parsed.reason}.`);
      return;
    }
    if (parsed.command.type === 'getState') {
      post({ source: SOURCE, type: 'state', version: STATE_VERSION, state: takeSnapshot(useLab.getState(), usePredictions.getState()) });
      return;
    }
    if (parsed.command.type === 'setData' && useLab.getState().config.dataset === 'digits') {
      console.warn(
        'Backprop Lab ignored setData: the lab is on the handwritten digits (64 pixels per image) and own points are 2-D. Send {type: "set", key: "dataset", value: "own"} or another data set first.',
      );
      return;
    }
    applyCommand(parsed.command);
  };
  win.addEventListener('message', onMessage);

  let ready = false;
  let lastStep = -1;
  let lastPlaying = false;
  let lastHistory: LabState['history'] | null = null;
  let lastPost = -Infinity;
  let timer: unknown = null;
  let offLearning: (() => void) | null = null;
  const postStatement = (e: LearningEvent) => {
    const appUrl = win.location?.href;
    if (appUrl) post({ source: SOURCE, type: 'statement', statement: statementOf(e, { appUrl, lang: useLab.getState().lang, now: new Date() }) });
  };
  const sendProgress = () => {
    timer = null;
    const s = useLab.getState();
    lastStep = s.step;
    lastPlaying = s.playing;
    lastHistory = s.history;
    lastPost = Date.now();
    post(progressEvent(s));
  };
  const onState = (s: LabState) => {
    if (!ready && s.runs.length > 0) {
      ready = true;
      post(readyEvent(s));
      offLearning = onLearning(postStatement);
    }
    if (!ready || timer !== null) return;
    if (s.step === lastStep && s.playing === lastPlaying && s.history === lastHistory) return;
    const wait = Math.max(0, PROGRESS_INTERVAL_MS - (Date.now() - lastPost));
    timer = win.setTimeout(sendProgress, wait);
  };
  const unsubscribe = useLab.subscribe(onState);
  onState(useLab.getState());

  let lastHeight = -1;
  const measure = () => {
    const h = contentHeight(root, win.scrollY);
    if (h === lastHeight) return;
    lastHeight = h;
    post({ source: SOURCE, type: 'resize', height: h });
  };
  const RO = win.ResizeObserver;
  const observer = RO ? new RO(measure) : null;
  observer?.observe(root);

  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
    offLearning?.();
    observer?.disconnect();
    if (timer !== null) win.clearTimeout(timer);
  };
}
