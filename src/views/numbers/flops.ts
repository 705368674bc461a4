import { weightCount } from '../../netShape.ts';

/**
 * Floating-point operations of one training step of a fully connected net (sizes input → output)
 * on a batch: 2 per weight per example forward (multiply, add), 4 backward (∂L/∂W and ∂L/∂a),
 * so 6 · weights · batch; activations, biases and the update are a lower order and left out.
 */
export function flopsPerStep(layerSizes: readonly number[], batch: number): number {
  return 6 * weightCount(layerSizes) * batch;
}

/** A count in engineering form: 1,234 → "1.2 k", 5.6e9 → "5.6 G". */
export function formatCount(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [u, name] of units) if (Math.abs(x) >= u) return `${(x / u).toPrecision(x / u >= 100 ? 3 : 2)} ${name}`;
  return String(Math.round(x));
}
