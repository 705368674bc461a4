import type { chaptersEn } from './chapters.en.ts';

/** 장, 레슨의 위치, 레슨의 속도로 지평까지 재생하기 (한국어). */
export const chaptersKo: { readonly [K in keyof typeof chaptersEn]: string } = {
  'lessons.chapter.depth': '왜 깊이가 필요했고, 왜 어려웠나',
  'lessons.chapter.vanishing': '기울기 소실',
  'lessons.chapter.overfitting': '과적합',
  'lessons.chapter.realdata': '실제 데이터: 손글씨 숫자',
  'lessons.chapter.computation': '무거운 계산',
  'lessons.chapterGroup': '{chapter}장: {title}',
  'lessons.place': '{chapter}장 · {title} · 레슨 {n}/{total}',
  'lessons.keepTraining': '계속 학습',
  'lessons.horizonPaused': '{steps}단계에서 멈췄습니다. 이 레슨의 요점이 드러나는 지점입니다. 그다음이 궁금하면 계속 학습하세요.',
  'lessons.horizonPausedRace': '모든 실행이 {seconds}초 동안 학습했거나 검증 정확도 {target}%에 이르러 멈췄습니다. 이 레슨의 요점이 드러나는 지점입니다. 그다음이 궁금하면 계속 학습하세요.',
  'lessons.pickedSeconds': '예측을 저장했습니다. 학습 {seconds}초가 지나면 답이 나옵니다.',
  'lessons.progressSeconds': '학습 {total}초 중 {seconds}초',
  'controls.lessonPace': '레슨 속도',
  'controls.paceValue': '초당 {n}단계 (레슨 속도)',
};
