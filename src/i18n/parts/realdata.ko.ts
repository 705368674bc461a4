import type { realdataEn } from './realdata.en.ts';

/** "실제 데이터: 손글씨 숫자" 장의 레슨 (한국어). 수치: 시드 1, test/state/digits-claims.test.ts로 잰 값. */
export const realdataKo: { readonly [K in keyof typeof realdataEn]: string } = {
  'lessons.digits-vanishing.title': '실제 숫자: 8층 깊이의 시그모이드와 ReLU',
  'lessons.digits-vanishing.look':
    '이제 실제 데이터입니다. 손으로 쓴 숫자의 8×8 이미지, 부류 10개, 학습용 1,000개와 검증용 597개. 두 신경망 모두 32유닛 은닉층 8개에 He 초기화, 평범한 SGD를 씁니다. A는 시그모이드, B는 ReLU입니다. 기울기 그래프를 보고, 이어서 실행별 추측이 붙은 검증 숫자 갤러리와 첫 층의 8×8 가중치를 지켜보세요.',
  'lessons.digits-vanishing.predict': '3,000단계가 지나면 깊은 시그모이드 신경망은 숫자를 얼마나 맞힐까요?',
  'lessons.digits-vanishing.choice1': 'ReLU만큼. 실제 데이터는 원보다 쉽다',
  'lessons.digits-vanishing.choice2': '찍는 수준, 열에 하나 정도',
  'lessons.digits-vanishing.choice3': '70% 정도. 더 못하지만 배운다',
  'lessons.digits-vanishing.happened':
    '시그모이드 신경망은 11%에 머물렀습니다. 모든 이미지를 한 부류로 찍는 수준입니다(597개 중 530개 틀림). ReLU는 약 96%에 이르렀습니다. 처음에 시그모이드 신경망의 첫 층은 마지막 은닉층 기울기의 약 2,000분의 1을 받았고(ReLU는 약 두 배), 그래서 첫 층 가중치는 처음의 무작위 잡음 그대로였습니다. ReLU의 가중치는 몇백 단계 만에 획과 덩어리 모양이 되었습니다. 원에서 본 기울기 소실이 실제 이미지에서도 똑같이 일어납니다.',

  'lessons.digits-deeper.title': '실제 숫자: 깊을수록 다시 나빠졌다',
  'lessons.digits-deeper.look':
    '1장의 시그모이드 신경망을 이번에는 손글씨 숫자로 학습합니다. 32유닛 은닉층 1, 2, 4, 8개, Xavier 초기화, 평범한 SGD. 네 검증 곡선을 보고, 갤러리에서 실행마다 어떤 숫자를 틀리는지 지켜보세요.',
  'lessons.digits-deeper.predict': '3,000단계가 지나면 실제 이미지에서 어느 깊이가 가장 잘할까요?',
  'lessons.digits-deeper.choice1': '8층. 이미지에는 깊이가 필요하다',
  'lessons.digits-deeper.choice2': '다 비슷하다',
  'lessons.digits-deeper.choice3': '1층. 4층과 8층은 거의 배우지 못한다',
  'lessons.digits-deeper.happened':
    '은닉층 하나는 약 97%, 둘은 약 94%, 넷은 19%, 여덟은 11%였습니다. 원에서처럼 시그모이드 층을 더해도 쓸 수 있는 힘은 늘지 않았습니다. 깊은 신경망들은 찍는 수준을 거의 벗어나지 못했고, 혼동 행렬을 보면 거의 모든 이미지가 한두 열에 몰려 있습니다.',

  'lessons.digits-dropout.title': '실제 숫자: 이미지가 적을 때 큰 신경망의 드롭아웃',
  'lessons.digits-dropout.look':
    '큰 신경망(256유닛 ReLU 층 둘, Adam)을 숫자 300개로만 학습합니다. 곧 학습 숫자를 완벽히 맞힙니다. 실행 넷: 드롭아웃 없음, 입력 드롭아웃 0.2, 은닉 드롭아웃 0.5, 둘 다. 학습 손실과 검증 손실의 차이, 그리고 갤러리와 혼동 행렬의 오류를 지켜보세요.',
  'lessons.digits-dropout.predict': '은닉 유닛과 입력에 드롭아웃을 함께 쓰면 실제 숫자에서 어떻게 될까요?',
  'lessons.digits-dropout.choice1': '신경망을 망친다. 너무 많이 버린다',
  'lessons.digits-dropout.choice2': '아무 변화도 없다',
  'lessons.digits-dropout.choice3': '손실 차이가 줄고 오류도 조금 준다',
  'lessons.digits-dropout.happened':
    '2,000단계 뒤 드롭아웃이 없는 신경망은 학습 손실이 0에 가깝고 검증 손실은 약 0.19이며 오르는 중이었습니다. 두 드롭아웃을 함께 쓰자 검증 손실은 약 0.17이었고 두 손실의 차이는 5분의 1쯤 작았습니다. 오류는 597개 중 33개에서 28개로, 약 6분의 1 줄었습니다. 다만 어느 실행이든 오류 수는 잴 때마다 몇 개씩 오르내리니, 손실 차이가 더 믿을 만한 신호입니다. 어느 한쪽만으로는 여기서 나아지지 않았습니다. 실제 데이터에서도 효과는 있지만 잡음 섞인 반달보다 작습니다. 이 숫자들은 깨끗해서 과적합할 거리가 적었습니다.',

  'lessons.digits-data.title': '실제 숫자: 데이터를 더',
  'lessons.digits-data.look':
    '같은 큰 신경망(256유닛 ReLU 층 둘, Adam)을 숫자 50, 200, 1,000개로 학습하고, 늘 같은 597개로 검증합니다. 검증 곡선과 손실 차이, 그리고 갤러리의 오류를 지켜보세요.',
  'lessons.digits-data.predict': '학습 숫자가 50개 대신 1,000개면 어떻게 될까요?',
  'lessons.digits-data.choice1': '별 차이 없다. 50개도 이미 완벽히 맞힌다',
  'lessons.digits-data.choice2': '오류가 훨씬 적고 손실 차이도 훨씬 작다',
  'lessons.digits-data.choice3': '더 나쁘다. 이미지가 많으면 맞추기 어렵다',
  'lessons.digits-data.happened':
    '셋 모두 학습 숫자는 완벽히 맞혔지만, 검증 정확도는 50개일 때 약 76%, 200개일 때 93%, 1,000개일 때 98%였고 손실 차이는 약 1.2에서 0.25, 0.06으로 줄었습니다. 예가 더 많은 것이 여전히 과적합의 가장 확실한 약입니다.',

  'lessons.digits-batchnorm.title': '실제 숫자: 배치 정규화가 깊은 시그모이드를 살린다',
  'lessons.digits-batchnorm.look':
    '찍는 수준에 머물던 8층 시그모이드 신경망을, 활성화 앞에 배치 정규화를 넣은 것과 넣지 않은 것으로 비교합니다(Xavier, 평범한 SGD 0.1). 검증 곡선과 갤러리를 지켜보세요.',
  'lessons.digits-batchnorm.predict': '배치 정규화를 넣으면 시그모이드 8층이 숫자를 배울까요?',
  'lessons.digits-batchnorm.choice1': '아니다. 문제는 크기가 아니라 시그모이드다',
  'lessons.digits-batchnorm.choice2': '조금, 30% 정도까지',
  'lessons.digits-batchnorm.choice3': '그렇다. 이 장에서 가장 좋은 신경망 가운데 하나가 된다',
  'lessons.digits-batchnorm.happened':
    '배치 정규화가 없으면 11%에 머물렀고, 있으면 3,000단계 뒤 약 98%였습니다. 층마다 입력을 가운데로 모으고 크기를 맞추면 시그모이드가 평평한 끝으로 밀려나지 않아, 기울기가 첫 층까지 닿습니다. 두 가우시안에서 본 것과 같은 구조가 실제 이미지에서도 일어납니다.',
};
