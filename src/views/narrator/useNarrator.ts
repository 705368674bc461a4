import { useEffect, useRef, useState } from 'react';
import { MESSAGES, format, type MessageKey } from '../../i18n/index.ts';
import { useLab, type LabState } from '../../state/store.ts';
import type { Translate } from '../ui/useT.ts';
import { enqueue, clearPending, idleAnnouncer, nextUtterance, spokeAt, type AnnouncerState } from './announcer.ts';
import { detectMilestones, emptyMemo, isGoodNews, type MilestoneMemo } from './milestones.ts';
import { describeRuns, labelsOf, lessonMarks, narrationKey, runInputs, seedsAbove, statusRuns } from './narration.ts';
import { describeText, statusText, utteranceText } from './wording.ts';

/** How often the narrator looks at the store (ms): often enough that the 3 s gap, not the poll, sets the pace. */
export const POLL_MS = 250;

/** One announcement: its text and a counter, so the same words said twice still change the live region. */
export interface Said {
  text: string;
  n: number;
}

function translator(s: LabState): Translate {
  const m = MESSAGES[s.lang];
  return (key, params) => format(m[key], params);
}

/**
 * The narrator's loop: watches the store for milestones, speaks them through the announcer's rate
 * limit, and answers "describe now" at once. `onNews` hears every batch of new milestones (good: none
 * is trouble), for the sound's earcon. Returns the latest announcement.
 */
export function useNarrator(onNews?: (good: boolean) => void): Said | null {
  const [said, setSaid] = useState<Said | null>(null);
  const memo = useRef<MilestoneMemo>(emptyMemo());
  const announcer = useRef<AnnouncerState>(idleAnnouncer);
  const counter = useRef(0);
  const onEvents = useRef(onNews);
  onEvents.current = onNews;

  useEffect(() => {
    const speak = (text: string) => setSaid({ text, n: ++counter.current });
    const tick = () => {
      const s = useLab.getState();
      const { marks, answerKey } = lessonMarks(s);
      const found = detectMilestones(memo.current, narrationKey(s), runInputs(s), s.step, marks, s.lessonId);
      memo.current = found.memo;
      if (found.restarted) announcer.current = clearPending(announcer.current);
      announcer.current = enqueue(announcer.current, found.events);
      if (found.events.length) onEvents.current?.(found.events.every(isGoodNews));
      const next = nextUtterance(announcer.current, performance.now(), s.playing, s.narrator);
      announcer.current = next.state;
      if (!next.say) return;
      const t = translator(s);
      const answer = answerKey ? t(answerKey as MessageKey) : '';
      speak(utteranceText(t, labelsOf(t, s), next.say, answer, () => statusText(t, s.step, statusRuns(t, s)), seedsAbove(s)));
    };
    const timer = setInterval(tick, POLL_MS);
    // "Describe now" (button or D key) is answered at once, whatever the setting or the gap.
    const unsubscribe = useLab.subscribe((s, prev) => {
      if (s.describeAsked === prev.describeAsked) return;
      const t = translator(s);
      speak(describeText(t, s.step, s.playing, describeRuns(t, s)));
      announcer.current = spokeAt(announcer.current, performance.now());
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, []);
  return said;
}
