/** The current lesson's text: what to look for, the prediction prompt, what happened. */
export function LessonArea() {
  return null;
}
