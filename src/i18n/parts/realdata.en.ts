/** The lessons of the "Real data: handwritten digits" chapter, English. Numbers: seed 1, measured by test/state/digits-claims.test.ts. */
export const realdataEn = {
  'lessons.digits-vanishing.title': 'Real digits: sigmoid vs ReLU, eight layers deep',
  'lessons.digits-vanishing.look':
    'Now real data: 8×8 images of handwritten digits, ten classes, 1,000 for training and 597 kept for validation. Both nets have eight hidden layers of 32 units, He initialisation and plain SGD; A uses sigmoid, B ReLU. Watch the gradient chart, then the gallery of validation digits with each run’s guesses and the first layer’s 8×8 weights.',
  'lessons.digits-vanishing.predict': 'After 3,000 steps, how will the deep sigmoid net do on the digits?',
  'lessons.digits-vanishing.choice1': 'Like ReLU: real data is easier than circles',
  'lessons.digits-vanishing.choice2': 'Near chance, about one digit in ten',
  'lessons.digits-vanishing.choice3': 'About 70 %: worse, but it learns',
  'lessons.digits-vanishing.happened':
    'The sigmoid net stayed at 11 %, which is guessing one class for every image (530 of 597 wrong), while ReLU reached about 96 %. At the start the sigmoid net’s first layer got about 1/2,000 of its last hidden layer’s gradient (ReLU’s: about twice as much), so its first-layer weights stayed the random noise they began as; ReLU’s turned into strokes and blobs within a few hundred steps. The same vanishing gradient as on the circles, on real images.',

  'lessons.digits-deeper.title': 'Real digits: deeper got worse again',
  'lessons.digits-deeper.look':
    'The sigmoid net from the first chapter, now on the handwritten digits: 1, 2, 4 and 8 hidden layers of 32 units, Xavier initialisation, plain SGD. Watch the four validation curves, and in the gallery which digits each run gets wrong.',
  'lessons.digits-deeper.predict': 'After 3,000 steps, which depth does best on real images?',
  'lessons.digits-deeper.choice1': '8 layers: images need depth',
  'lessons.digits-deeper.choice2': 'All about the same',
  'lessons.digits-deeper.choice3': '1 layer; 4 and 8 layers hardly learn',
  'lessons.digits-deeper.happened':
    'One hidden layer reached about 97 %, two about 94 %, four 19 % and eight 11 %. As on the circles, adding sigmoid layers did not add power that could be used: the deeper nets barely left chance, and their confusion matrices show nearly every image put in one or two columns.',

  'lessons.digits-dropout.title': 'Real digits: dropout on a big net with few images',
  'lessons.digits-dropout.look':
    'A big net (two layers of 256 ReLU units, Adam) trained on only 300 digits: it soon fits them perfectly. Four runs: no dropout, input dropout 0.2, hidden dropout 0.5, and both. Watch the gap between training and validation loss, and the errors in the gallery and the confusion matrix.',
  'lessons.digits-dropout.predict': 'What does dropout on hidden units and inputs together do on real digits?',
  'lessons.digits-dropout.choice1': 'It ruins the net: too much is thrown away',
  'lessons.digits-dropout.choice2': 'Nothing at all',
  'lessons.digits-dropout.choice3': 'A smaller loss gap and somewhat fewer errors',
  'lessons.digits-dropout.happened':
    'After 2,000 steps the net without dropout had a training loss near 0 and a validation loss of about 0.19, and rising; with both kinds of dropout the validation loss was about 0.17 and the gap between the two losses about a fifth smaller. Its errors went from 33 to 28 of 597, about a sixth fewer, though the errors of every run move by a few from one check to the next: the loss gap is the steadier sign. On their own, either kind did no better here. The effect on real data is real but smaller than on the noisy moons: these digits are clean, so there was less to over-fit.',

  'lessons.digits-data.title': 'Real digits: more data',
  'lessons.digits-data.look':
    'The same big net (two layers of 256 ReLU units, Adam) trained on 50, 200 and 1,000 digits, always checked on the same 597. Watch the validation curves, the loss gap, and the errors in the gallery.',
  'lessons.digits-data.predict': 'With 1,000 training digits instead of 50, what happens?',
  'lessons.digits-data.choice1': 'Little: the net already fits 50 perfectly',
  'lessons.digits-data.choice2': 'Far fewer errors and a much smaller loss gap',
  'lessons.digits-data.choice3': 'Worse: more images are harder to fit',
  'lessons.digits-data.happened':
    'All three fit their training digits perfectly, but validation accuracy was about 76 % with 50, 93 % with 200 and 98 % with 1,000, and the loss gap fell from about 1.2 to 0.25 to 0.06. More examples is still the surest cure for over-fitting.',

  'lessons.digits-batchnorm.title': 'Real digits: batch norm rescues deep sigmoid',
  'lessons.digits-batchnorm.look':
    'The eight-layer sigmoid net that stayed at chance, now with and without batch norm before each activation (Xavier, plain SGD 0.1). Watch the validation curves and the gallery.',
  'lessons.digits-batchnorm.predict': 'Does batch norm make the eight sigmoid layers learn the digits?',
  'lessons.digits-batchnorm.choice1': 'No: sigmoid is the problem, not the scale',
  'lessons.digits-batchnorm.choice2': 'A little, to about 30 %',
  'lessons.digits-batchnorm.choice3': 'Yes, it becomes one of the best nets of the chapter',
  'lessons.digits-batchnorm.happened':
    'Without batch norm the net stayed at 11 %; with it, about 98 % after 3,000 steps. Keeping each layer’s inputs centred and scaled keeps the sigmoids off their flat ends, so the gradient reaches the first layer: the same rescue as on the two Gaussians, on real images.',
};
