/** A loss or accuracy as the numbers table shows it: `digits` decimals, one-digit exponent below 0.001, "—" when unknown. */
export function formatTableNumber(x: number | undefined, digits = 3): string {
  if (x === undefined || !Number.isFinite(x)) return '—';
  return Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(1) : x.toFixed(digits);
}
