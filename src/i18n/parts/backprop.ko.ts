import type { backpropEn } from './backprop.en.ts';

/** 네트워크 패널의 역전파 단계 보기 단추 문구. */
export const backpropKo: Record<keyof typeof backpropEn, string> = {
  'backprop.toggle': '학습 한 단계를 차례로 보기',
  'backprop.loading': '한 단계를 추적하는 중…',
  'lessons.backprop.title':
    '역전파, 한 단계씩',
  'lessons.backprop.look':
    '재생을 누르기 전에, 네트워크 패널에서 실행 A(유닛 세 개짜리 시그모이드 층 둘)의 학습 한 단계를 차례로 보세요: 다음(또는 N)을 누르면 순전파, 출력의 오차, 층마다 거꾸로 흐르는 δ, 기울기, 갱신이 엔진이 쓴 숫자 그대로 나옵니다. δ가 층을 지날 때마다 줄어드는 것을 보세요: 한 층 거꾸로 갈 때마다 0.25를 넘지 않는 시그모이드의 기울기가 곱해집니다. 실행 B는 은닉층이 여섯인 같은 신경망입니다.',
  'lessons.backprop.predict':
    '실행 B는 시그모이드 층이 둘이 아니라 여섯입니다. B의 첫 층이 받는 기울기는 A의 첫 층과 비교해 얼마나 클까요?',
  'lessons.backprop.choice1':
    '비슷하다: 둘 다 같은 출력 오차로 배운다',
  'lessons.backprop.choice2':
    '더 크다: 층이 많을수록 더 많은 오차가 전해진다',
  'lessons.backprop.choice3':
    '수백 배 작다',
  'lessons.backprop.happened':
    '맨 첫 단계부터 실행 B의 첫 층은 A의 첫 층보다 수백 배 작은 기울기를 받았고, A가 두 원을 가르는 동안 B는 동전 던지기 수준의 정확도(50 %)에 머물렀습니다. 역전파는 연쇄 법칙입니다: 어떤 층에 닿는 오차는 그 위의 층마다 가중치와 활성화 함수의 기울기 하나씩과 곱해진 것입니다. 시그모이드의 기울기는 0.25를 넘지 않으니, 층 여섯은 그런 인수 여섯을 곱합니다. 이것이 다음 장의 주제인 기울기 소실입니다.',
};
