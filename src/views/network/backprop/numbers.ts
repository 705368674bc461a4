import { formatSci } from '../../ui/format.ts';

const MINUS = '−';

/**
 * A value of the step-through with `digits` significant digits: plain in [0.001, 10⁴), else
 * "3.41×10⁻⁵"; a true minus sign; exactly 0 as "0".
 */
export function num(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const body = a >= 1e-3 && a < 1e4 ? String(Number(a.toPrecision(digits))) : formatSci(a, digits);
  return v < 0 ? MINUS + body : body;
}

/** A factor inside a product or sum: negative values in parentheses, "0.4 × (−0.2)". */
export function factor(v: number, digits = 3): string {
  const s = num(v, digits);
  return v < 0 ? `(${s})` : s;
}
