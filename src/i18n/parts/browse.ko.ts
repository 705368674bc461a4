import type { browseEn } from './browse.en.ts';

/** 키보드로 차트 읽기와 차트 요약(층별 기울기, 결정 경계) 문구. */
export const browseKo: Record<keyof typeof browseEn, string> = {
  'browse.grad.label':
    '{chart}. 화살표 키로 읽을 수 있습니다. 왼쪽·오른쪽은 단계를, 위·아래는 층을 옮깁니다. Home과 End는 첫 단계와 최근 단계로, Escape는 읽기를 끝냅니다.',
  'browse.grad.readout': '{run}, {layer}, {step}단계: {metric} {value}',
  'browse.grad.layer': '{n}층',
  'browse.grad.output': '출력층',
  'browse.boundary.wrong': '{run}, 경계의 반대편에 있는 점: 훈련 {train}. 검증 {val}.',
  'browse.boundary.class': '부류 {k} {total}개 중 {n}개',
  'browse.boundary.none': '아직 경계를 그리지 않았습니다.',
};
