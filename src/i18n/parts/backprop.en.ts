/** The backprop step-through's button on the network panel and the backprop lesson, English (the step-through's own texts: backpropSteps.en.ts). */
export const backpropEn = {
  'backprop.toggle': 'Step through one training step',
  'backprop.loading': 'Tracing one step…',
  'lessons.backprop.title':
    'Backpropagation, one step at a time',
  'lessons.backprop.look':
    'Before pressing Play, step through one training step of run A (two sigmoid layers of three units) on the network panel: Next (or N) goes through the forward pass, the output error, δ flowing back layer by layer, the gradients and the update, with every number the engine used. Watch δ shrink at each layer it passes: every step back multiplies it by a sigmoid’s slope, never more than 0.25. Run B is the same net with six hidden layers.',
  'lessons.backprop.predict':
    'Run B has six sigmoid layers instead of two. Compared with run A’s first layer, how large a gradient will B’s first layer get?',
  'lessons.backprop.choice1':
    'About the same: both learn from the same output error',
  'lessons.backprop.choice2':
    'Larger: more layers pass more error back',
  'lessons.backprop.choice3':
    'Hundreds of times smaller',
  'lessons.backprop.happened':
    'From the very first step, run B’s first layer got a gradient hundreds of times smaller than run A’s, and B stayed at coin-flip accuracy (50 %) while A separated the circles. Backpropagation is the chain rule: the error that reaches a layer has been multiplied by the weights and by one activation slope for every layer above it. A sigmoid’s slope is at most 0.25, so six layers multiply in six such factors. This is the vanishing gradient, the subject of the next chapter.',
};
