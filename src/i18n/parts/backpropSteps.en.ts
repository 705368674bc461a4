/**
 * The backprop step-through's own texts, English: loaded with the step-through (not in the page's
 * catalog, to keep the initial script small). Parity with Korean: the compiler and test/i18n/backprop.test.ts.
 */
export const backpropStepsEn = {
  'backprop.in': 'in',
  'backprop.out': 'out',
  'backprop.title': 'One training step, phase by phase',
  'backprop.tracing': 'Tracing one step…',
  'backprop.example': 'Run {run}, training example 1: x = ({x}), class {y}. Learning rate η = {lr}.',
  'backprop.back': 'Back',
  'backprop.next': 'Next',
  'backprop.phaseOf': 'Phase {n} of {total}',
  'backprop.keys': 'Keys: N next, B back (or → and ← inside this box).',
  'backprop.shade': 'Edges: |∂L/∂w| from {lo} (light) to {hi} (dark), log scale.',
  'backprop.failed': 'The step could not be traced: {error}',
  'backprop.tooBig': 'The step-through shows every number, so it needs a small net: at most {depth} hidden layers of at most {width} units. Run {run} is larger.',
  'backprop.batchNorm': 'The step-through shows nets without batch norm; run {run} uses it.',
  'backprop.classes': 'The step-through shows nets with one output (two classes); run {run} has three classes.',
  'backprop.stale': 'These are the numbers of the very first step, before training; press Reset (R) to see the net at that point again.',
  'backprop.announce': 'Phase {n} of {total}: {title}. {summary}',

  'backprop.forward.title': 'Forward pass: {layer}',
  'backprop.forward.body': 'Each unit multiplies its inputs by their weights, adds them and its bias (z), then passes z through {f} (a).',
  'backprop.forward.outBody': 'The output unit does the same, with a sigmoid: a is the net’s probability for class 1.',
  'backprop.forward.summary': '{layer}: a = {values}.',

  'backprop.error.title': 'The output error',
  'backprop.error.bodyCe': 'The net says {a}; the answer is {y}. With cross-entropy the output’s error is simply δ = a − y: the sigmoid’s slope cancels out.',
  'backprop.error.bodyMse': 'The net says {a}; the answer is {y}. With squared error the output’s error is δ = (a − y) × σ′, the sigmoid’s slope at the output.',
  'backprop.error.loss': 'Loss on this example: {loss}.',
  'backprop.error.summary': 'a = {a}, y = {y}, δ = {delta}.',

  'backprop.backward.title': 'δ flows back to {layer}',
  'backprop.backward.body': 'Each unit’s δ is the δs of the layer above, weighted by the weights that join them (weights · δ), times the slope of {f} at this unit.',
  'backprop.backward.summary': '{layer}: δ = {values}.',

  'backprop.gradients.title': 'Gradients: δ × input',
  'backprop.gradients.body': 'A weight’s gradient is the δ of the unit it feeds times the input it carried; a bias’s gradient is the unit’s δ. In each table, rows are the units (their δ), columns the inputs.',
  'backprop.gradients.l2': 'With L2, λ·w = {l2}·w is added to each weight’s gradient.',
  'backprop.gradients.corner': 'δ ╲ input',
  'backprop.gradients.bias': 'bias',
  'backprop.gradients.norm': '‖∂L/∂W‖ of {layer}: {norm}',
  'backprop.gradients.summary': 'Gradient size by layer: {values}.',

  'backprop.update.title': 'The update: w ← w − η·∂L/∂w',
  'backprop.update.body': 'Every weight and bias takes a small step against its gradient, η = {lr}. The engine made this step itself; the table shows its numbers.',
  'backprop.update.param': 'parameter',
  'backprop.update.before': 'w',
  'backprop.update.grad': '∂L/∂w',
  'backprop.update.after': 'w after',
  'backprop.update.summary': 'Each parameter moved by η = {lr} times its gradient.',

  'backprop.chain.title': 'Why far layers learn slowly',
  'backprop.chain.body': 'On its way back to {first}, the error was multiplied by the slope of every layer it passed. A sigmoid’s slope is never more than 0.25, so each extra layer shrinks it again: a far layer’s gradient is a product of many slopes.',
  'backprop.chain.slopes': 'Slopes met on the way back',
  'backprop.chain.sizes': 'Size of δ by layer (‖δ‖)',
  'backprop.chain.grads': 'Size of the gradient by layer (‖∂L/∂W‖)',
  'backprop.chain.play': 'Now press Play: the lab repeats this step on batches of {batch} examples, many times a second. Watch the first layer’s gradient in the gradient chart.',
  'backprop.chain.summary': '‖δ‖ by layer, output first: {values}.',
};
