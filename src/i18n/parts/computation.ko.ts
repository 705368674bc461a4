import type { computationEn } from './computation.en.ts';

/** "무거운 계산" 장의 두 수업 (한국어). */
export const computationKo: { readonly [K in keyof typeof computationEn]: string } = {
  'lessons.cost.title': '가중치가 늘면 비용도 는다',
  'lessons.cost.look':
    '은닉층 8개에 너비가 16, 64, 256인 세 신경망을 일반 자바스크립트로 학습합니다. 계산 표를 보세요: 매개변수 수, 단계당 부동소수점 연산(FLOPs), 초당 단계 수가 나란히 있습니다. 가중치 하나마다 배치의 예제 하나당 순전파에서 곱셈과 덧셈 한 번, 역전파에서 그 두 배쯤이 듭니다. 데이터가 두 배면 한 바퀴 도는 비용도 다시 두 배입니다.',
  'lessons.cost.predict': '너비 256 신경망의 가중치는 너비 16의 약 240배입니다. 학습 단계 하나는 몇 배나 느릴까요?',
  'lessons.cost.choice1': '거의 같다: 단계는 단계다',
  'lessons.cost.choice2': '너비만큼, 약 16배 느리다',
  'lessons.cost.choice3': '가중치처럼 백 배 이상 느리다',
  'lessons.cost.happened':
    '초당 단계 수는 가중치가 는 만큼 거의 그대로 줄었습니다. 단계당 FLOPs는 6 × 가중치 × 배치이고, 연산 하나하나가 시간을 씁니다. 데이터가 두 배면 한 바퀴에 단계도 두 배가 들어 비용이 다시 곱해집니다. 딥러닝이 더 빠른 하드웨어를 기다린 까닭입니다.',
  'lessons.hardware.title': '해결책: 더 많은 레인, 그리고 배치 정규화',
  'lessons.hardware.look':
    '두 나선 데이터에서 같은 8 × 64 ReLU 신경망을 네 가지로 학습합니다: 일반 자바스크립트 또는 WebAssembly SIMD, 배치 정규화 없이와 함께. 경주입니다: 각 실행은 자기 설정이 허락하는 만큼 빨리 학습하고, 곡선은 학습한 시간(초)에 따른 검증 정확도를 보여 줍니다. SIMD는 명령 하나로 숫자 1개 대신 4개를 처리하고, CPU는 코어 몇 개를 더하며, GPU는 같은 곱셈-덧셈을 수천 개의 레인에서 한꺼번에 돌립니다. 배치 정규화는 다른 쪽, 필요한 단계 수를 줄입니다.',
  'lessons.hardware.predict': '검증 정확도 90 %에 가장 먼저 닿는 실행은?',
  'lessons.hardware.choice1': '배치 정규화 없는 일반 자바스크립트',
  'lessons.hardware.choice2': '배치 정규화 없는 SIMD',
  'lessons.hardware.choice3': '배치 정규화를 쓴 SIMD',
  'lessons.hardware.happened':
    '배치 정규화는 단계당 비용이 거의 같으면서 약 10분의 1의 단계로 90 %에 닿았고, SIMD는 모든 단계를 몇 배 싸게 만들었습니다. 둘을 합치면 어느 하나보다 훨씬 크게 이깁니다: 더 싼 단계 × 더 적은 단계. 실제 신경망에서는 GPU와 배치 정규화가 이 일을 했습니다.',
};
