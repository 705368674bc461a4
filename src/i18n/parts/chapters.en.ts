/** Chapters, the lesson's place in them, and playing a lesson's horizon at its pace, English. */
export const chaptersEn = {
  'lessons.chapter.depth': 'Why depth, and why it was hard',
  'lessons.chapter.vanishing': 'Vanishing gradients',
  'lessons.chapter.overfitting': 'Overfitting',
  'lessons.chapter.realdata': 'Real data: handwritten digits',
  'lessons.chapter.computation': 'Heavy computation',
  'lessons.chapterGroup': 'Chapter {chapter}: {title}',
  'lessons.place': 'Chapter {chapter} · {title} · Lesson {n} of {total}',
  'lessons.keepTraining': 'Keep training',
  'lessons.horizonPaused': 'Paused at step {steps}, where this lesson makes its point. Keep training to see what comes after.',
  'lessons.horizonPausedRace': 'Paused: every run has trained {seconds} s or reached {target} % validation accuracy, where this lesson makes its point. Keep training to see what comes after.',
  'lessons.pickedSeconds': 'Prediction saved. The answer appears after {seconds} s of training.',
  'lessons.progressSeconds': '{seconds} of {total} s of training',
  'controls.lessonPace': 'Lesson’s pace',
  'controls.paceValue': '{n} steps per second (the lesson’s pace)',
};
