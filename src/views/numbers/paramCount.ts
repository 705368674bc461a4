/** Trainable parameters of a fully connected net (sizes input → output): weights + biases, plus γ and β per hidden unit with batch norm. */
export function paramCount(layerSizes: readonly number[], batchNorm: boolean): number {
  let n = 0;
  for (let l = 1; l < layerSizes.length; l++) {
    n += layerSizes[l - 1] * layerSizes[l] + layerSizes[l];
    if (batchNorm && l < layerSizes.length - 1) n += 2 * layerSizes[l];
  }
  return n;
}
