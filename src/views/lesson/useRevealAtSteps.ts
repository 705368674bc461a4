import { useEffect, useRef } from 'react';
import type { Lesson } from '../../state/lessons.ts';
import { useLab } from '../../state/store.ts';
import { revealLesson } from '../../state/predictions.ts';

/**
 * Reveals a lesson once its runs reach the lesson's horizon. The step counter still holds the previous
 * lesson's count until the worker rebuilds the runs, so the reveal only arms after the counter has
 * been seen below the lesson's steps for this lesson.
 */
export function useRevealAtSteps(lesson: Lesson): void {
  const passed = useLab((s) => s.lessonId === lesson.id && s.horizonReached);
  const armed = useRef<string | null>(null);
  useEffect(() => {
    if (!passed) armed.current = lesson.id;
    else if (armed.current === lesson.id) revealLesson(lesson.id);
  }, [passed, lesson.id]);
}
