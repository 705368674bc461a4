/** Log-scale helpers: a floor for zeros, domains snapped to powers of ten, tick values. */

/** Smallest value a log chart shows; zeros and tinier values are drawn here. */
export const LOG_FLOOR = 1e-12;

/** Domain used before any data arrives. */
export const DEFAULT_LOG_DOMAIN: [number, number] = [1e-4, 1];

/** 10^e exactly as written (10 ** -5 is not 1e-5 in floating point). */
export function pow10(e: number): number {
  return Number(`1e${e}`);
}

/** A value ready for a log scale: finite values are clamped to ≥ LOG_FLOOR; NaN/±Inf give null (a gap). */
export function toLog(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  return v > LOG_FLOOR ? v : LOG_FLOOR;
}

/** The smallest [10^a, 10^b] holding every finite value (after the floor); at least one decade wide. */
export function logDomain(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    const c = toLog(v);
    if (c === null) continue;
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (lo > hi) return [...DEFAULT_LOG_DOMAIN];
  let a = Math.floor(Math.log10(lo) + 1e-9);
  let b = Math.ceil(Math.log10(hi) - 1e-9);
  if (b <= a) {
    a -= 1;
    b += 1;
  }
  return [pow10(a), pow10(b)];
}

/** Powers of ten inside a domain, thinned to at most maxCount (every k-th exponent, keeping the top one). */
export function powersOfTen(domain: readonly [number, number], maxCount: number): number[] {
  const lo = Math.ceil(Math.log10(Math.min(domain[0], domain[1])) - 1e-9);
  const hi = Math.floor(Math.log10(Math.max(domain[0], domain[1])) + 1e-9);
  const n = hi - lo + 1;
  if (n <= 0) return [];
  const k = Math.max(1, Math.ceil(n / Math.max(1, maxCount)));
  const out: number[] = [];
  for (let e = hi; e >= lo; e -= k) out.unshift(pow10(e));
  return out;
}
