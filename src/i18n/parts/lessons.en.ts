/** Lesson texts (title, what to look for, prediction, what happened) and the lesson panel, English. */
export const lessonsEn = {
  'lessons.lookFor': 'What to look for',
  'lessons.predictTitle': 'Predict first',
  'lessons.predictHint': 'Pick an answer, then press Play.',
  'lessons.picked': 'Prediction saved. The answer appears after step {steps}.',
  'lessons.progress': 'Step {step} of {steps}',
  'lessons.revealNow': 'Show what happened now',
  'lessons.happenedTitle': 'What happened',
  'lessons.verdictRight': 'You predicted “{choice}” — right.',
  'lessons.verdictWrong': 'You predicted “{choice}”; the answer is “{answer}”.',
  'lessons.verdictNone': 'The answer: “{answer}”.',
  'lessons.predictAgain': 'Predict again',

  'lessons.vanishing.title': 'Deep sigmoid nets barely learn',
  'lessons.vanishing.look':
    'Both networks have eight hidden layers and start from the same seed on the same points; only the activation differs. Watch the gradient chart: with sigmoid, every layer nearer the input gets a much smaller gradient than the one after it, so the first layers hardly move. ReLU passes the gradient back almost undiminished.',
  'lessons.vanishing.predict': 'After 300 steps, which network will have separated the two circles?',
  'lessons.vanishing.choice1': 'Both of them',
  'lessons.vanishing.choice2': 'Only the ReLU network',
  'lessons.vanishing.choice3': 'Only the sigmoid network',
  'lessons.vanishing.happened':
    'The ReLU network split the circles within about a hundred steps; the sigmoid network stayed at coin-flip accuracy (50 %). A sigmoid’s slope is at most 0.25, and backpropagation multiplies in one such slope per layer, so after eight layers the first layer receives a gradient thousands of times smaller than the last. A ReLU’s slope is exactly 1 wherever the unit is on, so the signal survives the trip back.',

  'lessons.loss.title': 'The loss function matters',
  'lessons.loss.look':
    'The same small tanh network starts from the same large weights; run A minimises squared error, run B cross-entropy. Large weights push the sigmoid output to 0 or 1 from the first step — often on the wrong side. Compare how fast the validation accuracy climbs.',
  'lessons.loss.predict': 'Which run will reach 90 % validation accuracy first?',
  'lessons.loss.choice1': 'About the same time',
  'lessons.loss.choice2': 'Squared error',
  'lessons.loss.choice3': 'Cross-entropy',
  'lessons.loss.happened':
    'Cross-entropy got there several times sooner. Under squared error the gradient at the output carries a factor σ′(z), which is nearly zero once the output saturates — precisely when the net is confidently wrong. Under cross-entropy the gradient is simply prediction minus target, so a confident mistake gets a large correction instead of a whisper.',

  'lessons.init.title': 'Initialisation decides whether signals get through',
  'lessons.init.look':
    'Ten ReLU layers, identical except for where the weights start: tiny random numbers (A) or He’s scaled normal distribution (B). Watch the gradient norms in the first steps, and the decision boundary.',
  'lessons.init.predict': 'What will the network that starts from tiny weights do?',
  'lessons.init.choice1': 'Learn, only more slowly',
  'lessons.init.choice2': 'Stay stuck at chance',
  'lessons.init.choice3': 'Learn faster — small weights are safer',
  'lessons.init.happened':
    'With weights around 0.01 each layer shrinks its input roughly a hundredfold, so after ten layers the signal — and the gradient coming back — is practically zero, and the net stays at 50 %. He initialisation scales the weights by √(2/n) so each ReLU layer keeps the variance of its input; signals and gradients keep their size through all ten layers, and the net learns within a few dozen steps.',

  'lessons.xavier.title': 'Xavier initialisation lets a deep tanh net learn',
  'lessons.xavier.look':
    'Ten tanh layers of sixteen units, trained with plain SGD. A starts from the old rule of thumb, weights uniform in ±1/√n; B from Xavier (Glorot) initialisation, which also counts the units a layer feeds. Compare the two gradient charts’ heights from the very first step, and the validation accuracy.',
  'lessons.xavier.predict': 'The two starts differ only by a factor of about √3 in the weights. What will that do?',
  'lessons.xavier.choice1': 'Nothing you can see: both learn alike',
  'lessons.xavier.choice2': 'The standard start stalls; Xavier learns',
  'lessons.xavier.choice3': 'The standard start learns faster: smaller weights keep tanh out of saturation',
  'lessons.xavier.happened':
    'With weights drawn from ±1/√n, each layer passes on only about a third of the variance it receives (U[−a, a] has variance a²/3, and n of them add up to n·a²/3 = 1/3). Ten layers on, the signal is a few thousandths of its size, so the output hardly depends on the input, and every layer’s gradient starts about a hundred times smaller than under Xavier: with plain SGD the net barely moves. Its output sits at 0.5, so its accuracy drifts around 50 % as tiny differences tip points either way; the loss, stuck at ln 2 ≈ 0.693, tells the real story. Xavier picks the scale that keeps the variance both forwards and backwards, Var = 2/(n_in + n_out); signals and gradients keep their size and the net separates the circles within a couple of hundred steps.',

  'lessons.batchnorm.title': 'Batch normalisation rescues a deep sigmoid net',
  'lessons.batchnorm.look':
    'The deep sigmoid network of lesson 1, on an easier task: two clouds of points. Run B normalises each layer’s inputs to the activation over the mini-batch, then rescales them with a learned scale and shift. Watch the first layers’ gradients and the validation accuracy.',
  'lessons.batchnorm.predict': 'The task is easy. Will the plain deep sigmoid net learn it?',
  'lessons.batchnorm.choice1': 'Neither will',
  'lessons.batchnorm.choice2': 'Yes — the task is easy enough',
  'lessons.batchnorm.choice3': 'No, but the one with batch norm will',
  'lessons.batchnorm.happened':
    'Without batch norm the net never left 50 %, although one straight line would separate the clouds: the gradient dies on its way back. With batch norm every layer’s pre-activations are centred and scaled into the steep middle of the sigmoid, so the slope stays near its maximum and the gradient reaches the first layers. It learned in a few dozen steps.',

  'lessons.overfitting.title': 'Overfitting: a big net memorises the noise',
  'lessons.overfitting.look':
    'Only 40 training points, and 15 % of their labels are flipped. A small net (8 units per layer) and a big one (64) fit them with Adam. Watch the gap between training and validation loss, and how the big net’s boundary bends around single points.',
  'lessons.overfitting.predict': 'As training goes on, what happens to the big network’s validation loss?',
  'lessons.overfitting.choice1': 'It falls at first, then climbs',
  'lessons.overfitting.choice2': 'It keeps falling with the training loss',
  'lessons.overfitting.choice3': 'It stays flat',
  'lessons.overfitting.happened':
    'The big net pushed its training loss almost to zero — flipped labels included — while its validation loss bottomed out early and then rose far above it; its boundary grew islands around individual noisy points. The small net cannot memorise 40 points as easily, so its loss gap stayed much smaller. Notice what did not change much: validation accuracy, about 70 % for both. The gap is in the loss — the big net is confidently wrong on new points — more than in how many it gets right. A low training loss alone says nothing about new data.',

  'lessons.dropout.title': 'Dropout narrows the loss gap',
  'lessons.dropout.look':
    'The big network of the last lesson, once as it was and once with half of its hidden units switched off at random on every step (the survivors are scaled up, so nothing changes at evaluation). Compare the two gaps between training and validation loss.',
  'lessons.dropout.predict': 'What will dropout do to the validation loss?',
  'lessons.dropout.choice1': 'Raise it — the net has less capacity',
  'lessons.dropout.choice2': 'No visible change',
  'lessons.dropout.choice3': 'Lower it',
  'lessons.dropout.happened':
    'With dropout the validation loss stayed far lower and the loss gap was less than half as wide, while validation accuracy rose only a little (about 70 % → 72 %): dropout mostly stops the net from being confidently wrong. No unit can count on a particular partner being there, so the net cannot build fragile point-by-point explanations; in effect it trains many thinned networks that share weights and averages them at evaluation. Keep training and that gap creeps up too: dropout slows memorising down rather than forbidding it, which is why it is paired with stopping at the lowest validation loss.',

  'lessons.l2.title': 'An L2 penalty keeps the weights small',
  'lessons.l2.look':
    'Again the big network on 40 noisy points; run B adds 0.01 × the sum of its squared weights to the loss. Look at the shape of the boundary and at the gap between training and validation loss.',
  'lessons.l2.predict': 'What will the weight penalty do to the decision boundary?',
  'lessons.l2.choice1': 'Make it smoother',
  'lessons.l2.choice2': 'Make it more detailed',
  'lessons.l2.choice3': 'Nothing visible',
  'lessons.l2.happened':
    'The penalised net drew a smoother boundary, and its loss gap fell to a fraction of the plain net’s (validation accuracy moved only a couple of points). Bending the boundary around one noisy point takes large weights, and the penalty makes large weights expensive, so the net keeps only the shape that many points agree on.',

  'lessons.data.title': 'More data shrinks the loss gap',
  'lessons.data.look':
    'The same big network with no regularisation, trained once on 25 points and once on 400. Both are judged on the same 500 validation points, so the comparison is fair. Watch both losses.',
  'lessons.data.predict': 'With 400 training points, will the big net still overfit badly?',
  'lessons.data.choice1': 'Yes, as badly as with 25',
  'lessons.data.choice2': 'Far less',
  'lessons.data.choice3': 'It will not learn at all',
  'lessons.data.happened':
    'On 25 points the net memorised them and its validation loss soared; on 400 the loss gap nearly closed, though nothing about the net changed, and validation accuracy rose from about 75 % to 80 %. A few noisy labels can be memorised; among many points the noise evens out, and the only thing worth fitting is the real pattern. When more data can be had, it is usually the best regulariser of all.',
};
