import type { ScaleLinear } from 'd3';
import { runColor } from '../ui/theme.ts';
import { curveValues, pointAt, type CurveMetric } from './curvesData.ts';
import type { CurveSeries } from './curvesCanvas.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';

/** Props of the step cursor drawn over the curves. */
export interface CurvesCursorProps {
  series: readonly CurveSeries[];
  metric: CurveMetric;
  step: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Plot height (px). */
  height: number;
  /** A point's x (default its step; in race mode its run's seconds, so each run's dots sit at its own time). */
  xOf?: XOf;
}

/** A dashed vertical line at the cursor's step with a dot on each curve: filled = train, hollow = validation. */
export function CurvesCursor({ series, metric, step, x, y, height, xOf = byStep }: CurvesCursorProps) {
  return (
    <g className="charts-cursor" data-step={step}>
      {xOf === byStep && <line x1={x(step)} x2={x(step)} y1={0} y2={height} />}
      {series.map((s) => {
        const pt = pointAt(s.points, step);
        if (!pt) return null;
        const cx = x(xOf(pt));
        const [train, val] = curveValues(pt, metric);
        const color = runColor(s.index);
        return (
          <g key={s.id} stroke={color}>
            {Number.isFinite(train) && <circle cx={cx} cy={y(train)} r={4} fill={color} />}
            {Number.isFinite(val) && <circle cx={cx} cy={y(val)} r={4} fill="var(--bg, #fff)" strokeWidth={2} />}
          </g>
        );
      })}
    </g>
  );
}
