import { interpolateCividis, scaleLog } from 'd3';

/** How an edge shows its |∂L/∂w|: a colour from light (smallest) to dark (largest) and a stroke width, on a log scale. */
export interface GradientShade {
  color(v: number): string;
  width(v: number): number;
  /** Smallest and largest non-zero |∂L/∂w| of the step. */
  domain: [number, number];
}

/** A log scale over exactly the gradients of one traced step, so a small net's few decades use the whole range. */
export function gradientShade(values: readonly number[]): GradientShade {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const hi = finite.length ? Math.max(...finite) : 1;
  const lo = Math.min(finite.length ? Math.min(...finite) : hi, hi / 10);
  const t = scaleLog().domain([lo, hi]).range([0, 1]).clamp(true);
  return {
    color: (v) => interpolateCividis(1 - 0.9 * t(v > 0 ? v : lo)),
    width: (v) => 0.5 + 3 * t(v > 0 ? v : lo),
    domain: [lo, hi],
  };
}
