import type { lessonsEn } from './lessons.en.ts';

/** 강의 문구(제목, 눈여겨볼 점, 예측 질문, 결과 설명)와 강의 패널, 한국어. */
export const lessonsKo: { [K in keyof typeof lessonsEn]: string } = {
  'lessons.lessonOf': '전체 {total}강 중 {n}강',
  'lessons.lookFor': '눈여겨볼 점',
  'lessons.predictTitle': '먼저 예측해 보세요',
  'lessons.predictHint': '답을 하나 고른 뒤 재생을 누르세요.',
  'lessons.picked': '예측을 저장했습니다. {steps}단계가 지나면 답이 나옵니다.',
  'lessons.progress': '{steps}단계 중 {step}단계',
  'lessons.revealNow': '지금 결과 보기',
  'lessons.happenedTitle': '무슨 일이 있었나',
  'lessons.verdictRight': '예측이 맞았습니다: “{choice}”',
  'lessons.verdictWrong': '고른 답은 “{choice}”, 정답은 “{answer}”입니다.',
  'lessons.verdictNone': '정답은 “{answer}”입니다.',
  'lessons.predictAgain': '다시 예측하기',

  'lessons.vanishing.title': '깊은 시그모이드 신경망은 거의 배우지 못한다',
  'lessons.vanishing.look':
    '두 신경망 모두 은닉층이 여덟 개이고, 같은 시드에서 출발해 같은 점들을 봅니다. 다른 것은 활성화 함수 하나뿐입니다. 기울기 그래프를 보세요. 시그모이드 쪽은 입력에 가까운 층일수록 기울기가 뚝뚝 줄어들어 앞쪽 층이 거의 움직이지 않습니다. ReLU는 기울기를 거의 깎지 않고 뒤로 전달합니다.',
  'lessons.vanishing.predict': '1,500단계가 지났을 때 두 원을 갈라낸 쪽은 어느 신경망일까요?',
  'lessons.vanishing.choice1': '둘 다',
  'lessons.vanishing.choice2': 'ReLU 신경망만',
  'lessons.vanishing.choice3': '시그모이드 신경망만',
  'lessons.vanishing.happened':
    'ReLU 신경망은 몇백 단계 만에 두 원을 갈라냈지만, 시그모이드 신경망은 동전 던지기 수준(50%)에서 벗어나지 못했습니다. 시그모이드의 기울기는 커 봐야 0.25이고, 역전파는 층을 하나 거칠 때마다 이 값을 한 번씩 곱합니다. 그래서 여덟 층을 지나면 첫 층이 받는 기울기는 마지막 층의 수천분의 일밖에 되지 않습니다. ReLU는 켜진 유닛에서 기울기가 정확히 1이라, 신호가 끝까지 살아서 돌아옵니다.',

  'lessons.loss.title': '손실 함수가 학습 속도를 가른다',
  'lessons.loss.look':
    '같은 작은 tanh 신경망이 같은 큰 초기 가중치에서 출발합니다. A는 제곱 오차를, B는 교차 엔트로피를 줄이도록 학습합니다. 가중치가 크면 시그모이드 출력이 처음부터 0이나 1에 달라붙는데, 틀린 쪽에 붙는 경우도 많습니다. 검증 정확도가 얼마나 빨리 오르는지 견주어 보세요.',
  'lessons.loss.predict': '검증 정확도 90%에 먼저 닿는 쪽은 어디일까요?',
  'lessons.loss.choice1': '거의 동시에',
  'lessons.loss.choice2': '제곱 오차',
  'lessons.loss.choice3': '교차 엔트로피',
  'lessons.loss.happened':
    '교차 엔트로피 쪽이 몇 배나 빨리 도달했습니다. 제곱 오차에서는 출력층 기울기에 σ′(z)가 곱해지는데, 출력이 포화되면 이 값이 0에 가까워집니다. 하필이면 자신 있게 틀렸을 때 말이죠. 교차 엔트로피의 기울기는 그냥 예측값에서 정답을 뺀 값이라, 크게 틀릴수록 크게 바로잡습니다.',

  'lessons.init.title': '초기화가 신호의 운명을 정한다',
  'lessons.init.look':
    'ReLU 층이 열 개인 두 신경망은 가중치의 출발점만 다릅니다. A는 아주 작은 난수에서, B는 He 방식으로 크기를 맞춘 정규분포에서 시작합니다. 처음 몇 단계의 기울기 크기와 결정 경계를 지켜보세요.',
  'lessons.init.predict': '아주 작은 가중치로 시작한 신경망은 어떻게 될까요?',
  'lessons.init.choice1': '배우긴 하지만 더 느리다',
  'lessons.init.choice2': '우연 수준에 갇힌다',
  'lessons.init.choice3': '작은 가중치가 안전하니 더 빨리 배운다',
  'lessons.init.happened':
    '가중치가 0.01 안팎이면 층을 지날 때마다 입력이 백분의 일 가까이로 쪼그라듭니다. 열 층을 지나면 신호도, 거꾸로 돌아오는 기울기도 사실상 0이 되어 신경망은 50%에 머뭅니다. He 초기화는 가중치에 √(2/n)을 곱해 ReLU 층마다 입력의 분산이 그대로 유지되게 합니다. 덕분에 신호와 기울기가 열 층 내내 제 크기를 지키고, 몇십 단계 만에 학습이 이루어집니다.',

  'lessons.xavier.title': 'Xavier 초기화가 깊은 tanh 신경망을 배우게 한다',
  'lessons.xavier.look':
    'tanh 층 열 개(층마다 유닛 16개)를 평범한 SGD로 학습합니다. A는 예전부터 흔히 쓰던 대로 ±1/√n 범위의 균등분포에서, B는 층이 내보내는 쪽의 유닛 수까지 함께 따지는 Xavier(Glorot) 초기화에서 출발합니다. 첫 단계부터 두 기울기 그래프의 높이가 어떻게 다른지, 그리고 검증 정확도를 견주어 보세요.',
  'lessons.xavier.predict': '두 출발점의 가중치 크기는 √3배쯤밖에 차이 나지 않습니다. 그 차이가 무엇을 바꿀까요?',
  'lessons.xavier.choice1': '눈에 띄는 차이는 없다: 둘 다 비슷하게 배운다',
  'lessons.xavier.choice2': '표준 초기화 쪽은 멈춰 서고, Xavier 쪽은 배운다',
  'lessons.xavier.choice3': '표준 초기화 쪽이 더 빨리 배운다: 가중치가 작아야 tanh가 포화되지 않는다',
  'lessons.xavier.happened':
    '±1/√n 범위에서 뽑은 가중치로는 층을 하나 지날 때마다 받은 분산의 3분의 1 정도만 다음 층에 넘깁니다(U[−a, a]의 분산은 a²/3이고, n개를 더하면 n·a²/3 = 1/3). 열 층을 지나면 신호가 원래 크기의 천분의 몇으로 줄어 출력이 입력에 거의 반응하지 않고, 모든 층의 기울기가 처음부터 Xavier 쪽보다 백 배쯤 작습니다. 평범한 SGD로는 가중치가 거의 움직이지 않습니다. 출력이 0.5 언저리에 머물러 아주 작은 차이로 점들이 이쪽저쪽으로 갈리니 정확도는 50% 근처를 오락가락하고, ln 2 ≈ 0.693에 박혀 있는 손실이 실제 사정을 말해 줍니다. Xavier 초기화는 앞으로 갈 때도 뒤로 돌아올 때도 분산이 유지되는 크기, Var = 2/(n_in + n_out)를 고릅니다. 그러면 신호와 기울기가 제 크기를 지키고, 신경망은 이삼백 단계 안에 두 원을 갈라냅니다.',

  'lessons.batchnorm.title': '배치 정규화가 깊은 시그모이드 신경망을 살린다',
  'lessons.batchnorm.look':
    '1강의 깊은 시그모이드 신경망에 더 쉬운 문제, 점 구름 두 개 가르기를 맡깁니다. B는 층마다 활성화 함수에 들어가기 직전 값을 미니배치 기준으로 정규화한 뒤, 학습되는 배율과 이동값으로 다시 조정합니다. 앞쪽 층의 기울기와 검증 정확도를 보세요.',
  'lessons.batchnorm.predict': '이렇게 쉬운 문제라면 평범한 깊은 시그모이드 신경망도 풀 수 있을까요?',
  'lessons.batchnorm.choice1': '둘 다 못 푼다',
  'lessons.batchnorm.choice2': '쉬운 문제라 풀 수 있다',
  'lessons.batchnorm.choice3': '못 풀지만, 배치 정규화를 쓴 쪽은 푼다',
  'lessons.batchnorm.happened':
    '배치 정규화가 없는 쪽은 직선 하나로도 가를 수 있는 문제인데 50%를 벗어나지 못했습니다. 기울기가 뒤로 돌아가는 길에 사라져 버리기 때문입니다. 배치 정규화를 쓰면 층마다 활성화 함수의 입력이 시그모이드의 가파른 가운데로 모입니다. 기울기가 최댓값 가까이 유지되어 첫 층까지 닿고, 그래서 몇십 단계 만에 배웠습니다.',

  'lessons.overfitting.title': '과적합: 큰 신경망은 잡음까지 외운다',
  'lessons.overfitting.look':
    '훈련 점은 40개뿐이고 그중 15%는 레이블이 뒤집혀 있습니다. 작은 신경망(층마다 유닛 8개)과 큰 신경망(64개)이 Adam으로 이 점들을 학습합니다. 훈련 손실과 검증 손실 사이의 간격, 그리고 큰 신경망의 경계가 점 하나하나를 감싸며 휘어지는 모습을 보세요.',
  'lessons.overfitting.predict': '학습이 이어지면 큰 신경망의 검증 손실은 어떻게 될까요?',
  'lessons.overfitting.choice1': '처음엔 내려가다가 다시 올라간다',
  'lessons.overfitting.choice2': '훈련 손실을 따라 계속 내려간다',
  'lessons.overfitting.choice3': '거의 제자리다',
  'lessons.overfitting.happened':
    '큰 신경망은 뒤집힌 레이블까지 맞혀 가며 훈련 손실을 거의 0으로 끌어내렸지만, 검증 손실은 일찍 바닥을 찍은 뒤 훨씬 높이 치솟았습니다. 경계에는 잡음 섞인 점을 하나씩 둘러싼 섬이 생겼습니다. 작은 신경망은 40개 점을 그렇게 쉽게 외우지 못해 간격이 훨씬 좁게 유지됐습니다. 훈련 손실이 낮다는 것만으로는 새 데이터에서 잘할지 알 수 없습니다.',

  'lessons.dropout.title': '드롭아웃이 간격을 좁힌다',
  'lessons.dropout.look':
    '앞 강의의 큰 신경망을 한 번은 그대로, 한 번은 단계마다 은닉 유닛의 절반을 무작위로 꺼 가며 학습합니다. 남은 유닛의 값을 그만큼 키워 주기 때문에 평가할 때는 달라지는 것이 없습니다. 두 실험에서 훈련 손실과 검증 손실 사이의 간격을 비교해 보세요.',
  'lessons.dropout.predict': '드롭아웃을 쓰면 검증 손실은 어떻게 될까요?',
  'lessons.dropout.choice1': '신경망이 쓸 수 있는 유닛이 줄어드니 높아진다',
  'lessons.dropout.choice2': '눈에 띄는 변화가 없다',
  'lessons.dropout.choice3': '낮아진다',
  'lessons.dropout.happened':
    '드롭아웃을 쓴 쪽은 검증 손실이 훨씬 낮게 유지됐고, 간격도 절반이 채 안 됐습니다. 어떤 유닛도 특정 짝이 늘 곁에 있으리라 기대할 수 없으니, 점 하나하나에 맞춘 위태로운 설명을 쌓아 올릴 수가 없습니다. 결국 가중치를 나눠 쓰는 여러 개의 홀쭉한 신경망을 함께 학습시키고, 평가할 때 그 평균을 쓰는 셈입니다. 계속 돌려 보면 이 간격도 조금씩 벌어집니다. 드롭아웃은 외우기를 막는다기보다 늦추는 것이라서, 보통 검증 손실이 가장 낮을 때 학습을 멈추는 방법과 함께 씁니다.',

  'lessons.l2.title': 'L2 벌점은 가중치를 작게 붙잡아 둔다',
  'lessons.l2.look':
    '다시 큰 신경망과 잡음 섞인 점 40개입니다. B는 가중치 제곱의 합에 0.01을 곱한 값을 손실에 벌점으로 더합니다. 경계의 모양과 두 손실 사이의 간격을 보세요.',
  'lessons.l2.predict': '가중치 벌점은 결정 경계를 어떻게 바꿀까요?',
  'lessons.l2.choice1': '더 매끄럽게 만든다',
  'lessons.l2.choice2': '더 구불구불하게 만든다',
  'lessons.l2.choice3': '눈에 띄는 변화가 없다',
  'lessons.l2.happened':
    '벌점을 받은 신경망은 더 매끄러운 경계를 그렸고, 간격도 벌점 없는 쪽의 몇 분의 일로 줄었습니다. 잡음 섞인 점 하나를 감싸도록 경계를 휘려면 큰 가중치가 필요한데, 벌점이 큰 가중치를 비싸게 만듭니다. 그래서 신경망은 여러 점이 한목소리로 가리키는 모양만 남깁니다.',

  'lessons.data.title': '데이터가 많으면 간격이 줄어든다',
  'lessons.data.look':
    '규제를 전혀 쓰지 않은 같은 큰 신경망을 한 번은 점 25개로, 한 번은 400개로 학습합니다. 두 실험 모두 똑같은 검증용 점 500개로 평가하니 공정한 비교입니다. 두 손실을 함께 지켜보세요.',
  'lessons.data.predict': '훈련 점이 400개라면 큰 신경망이 여전히 심하게 과적합할까요?',
  'lessons.data.choice1': '25개일 때만큼 심하다',
  'lessons.data.choice2': '훨씬 덜하다',
  'lessons.data.choice3': '아예 배우지 못한다',
  'lessons.data.happened':
    '점이 25개일 때 신경망은 점들을 통째로 외웠고 검증 손실이 치솟았습니다. 400개일 때는 신경망을 하나도 바꾸지 않았는데도 간격이 거의 닫혔습니다. 몇 안 되는 잡음 레이블은 외울 수 있지만, 점이 많아지면 잡음은 서로 상쇄되고 맞출 만한 것은 진짜 패턴뿐입니다. 데이터를 더 구할 수 있다면, 대개 그것이 가장 좋은 규제입니다.',
};
