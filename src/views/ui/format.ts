/** Number formats of the charts: powers of ten with superscripts, ratios, values, percentages. */
import { pow10 } from './logScale.ts';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

/** An integer written in superscript digits, e.g. -4 → "⁻⁴". */
export function superscript(n: number): string {
  return String(Math.round(n)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
}

/** 10^e written as "10⁻⁴" (e = round(log10 v)). */
export function formatPow10(v: number): string {
  return `10${superscript(Math.round(Math.log10(v)))}`;
}

/** Mantissa (1–9.9…) and exponent of a positive number with `digits` significant digits, carried when it rounds to 10. */
function splitSci(v: number, digits: number): { m: number; e: number } {
  let e = Math.floor(Math.log10(v));
  let m = Number((v / pow10(e)).toPrecision(digits));
  if (m >= 10) {
    m = Number((m / 10).toPrecision(digits));
    e += 1;
  } else if (m < 1) {
    m = Number((m * 10).toPrecision(digits));
    e -= 1;
  }
  return { m, e };
}

/** A positive number as "3×10⁻⁵" (or "10⁻⁴" when the mantissa is 1). */
export function formatSci(v: number, digits = 1): string {
  const { m, e } = splitSci(v, digits);
  return m === 1 ? `10${superscript(e)}` : `${m}×10${superscript(e)}`;
}

/** A ratio or magnitude: plain with 2 significant digits in [0.01, 1000), else a power of ten; "—" when not finite. */
export function formatMagnitude(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 0.01 && a < 1000) return String(Number(v.toPrecision(2)));
  return (v < 0 ? '−' : '') + formatSci(a, digits);
}

/** A loss value: 3 decimals, a power of ten below 0.001; "—" when not finite. */
export function formatLoss(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v !== 0 && Math.abs(v) < 0.001) return formatSci(Math.abs(v), 2);
  return v.toFixed(3);
}

/** A step count for an axis: 950, 1500, 12k. */
export function formatStep(v: number): string {
  return Math.abs(v) >= 10_000 ? `${Number((v / 1000).toPrecision(3))}k` : String(v);
}

/** A number as the readout shows it: short, exponent for tiny values. */
export function formatNumber(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3) return v.toExponential(0).replace('e-', 'e−');
  return String(Number(v.toPrecision(3)));
}
