/** Browsing charts by keyboard and spoken chart summaries (gradient chart, decision boundary), English. */
export const browseEn = {
  'browse.grad.label':
    '{chart}. To read it, use the arrow keys: left and right move over the steps, up and down over the layers; Home and End jump to the first and latest step, Escape leaves.',
  'browse.grad.readout': '{run}, {layer}, step {step}: {metric} {value}',
  'browse.grad.layer': 'layer {n}',
  'browse.grad.output': 'output layer',
  'browse.boundary.wrong': '{run}, on the wrong side of its boundary: training {train}; validation {val}.',
  'browse.boundary.class': '{n} of {total} in class {k}',
  'browse.boundary.none': 'No boundary drawn yet.',
};
