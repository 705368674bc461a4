import { scaleLinear, scaleLog } from 'd3';
import { useId, useState, type ReactNode } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { toLog } from '../ui/logScale.ts';
import { plotMargins } from '../ui/chartLayout.ts';
import { gradCursorText, moveLayer, type GradCursorTexts } from './gradCursor.ts';
import type { GradMetric } from './gradData.ts';
import { layerColor } from './layerColors.ts';
import { useStepCursor } from '../ui/useStepCursor.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';

/** Props of the keyboard layer over one run's gradient chart. */
export interface GradientBrowserProps {
  runId: string;
  points: readonly HistoryPoint[];
  metric: GradMetric;
  layerCount: number;
  xDomain: readonly [number, number];
  /** A point's x (its step, or in a race its seconds), so the cursor lies on the lines. */
  xOf?: XOf;
  yDomain: readonly [number, number];
  width: number;
  height: number;
  fontPx: number;
  /** Accessible name of the focusable chart, with the keys. */
  label: string;
  texts: GradCursorTexts;
  /** The chart itself, drawn however it is drawn (SVG or canvas): the cursor lies over it. */
  children: ReactNode;
}

/**
 * Makes one run's gradient chart browsable by keyboard: ←/→ (PageUp/PageDown, Home/End) move over
 * the recorded steps, ↑/↓ over the layers, Escape leaves. A cursor (line + dot, in an overlay of
 * its own, independent of how the lines are drawn) marks the spot, and a polite readout under the
 * chart says e.g. "A · Sigmoid, layer 3, step 400: ‖∂L/∂W‖ 2×10⁻⁵", only while a person browses.
 */
export function GradientBrowser(p: GradientBrowserProps) {
  const readoutId = useId();
  const steps = p.points.map((q) => q.step);
  const cursor = useStepCursor(steps);
  const [layer, setLayer] = useState(0);
  const at = Math.min(layer, Math.max(0, p.layerCount - 1));
  const onKeyDown = (e: React.KeyboardEvent) => {
    const next = moveLayer(at, e.key, p.layerCount);
    if (next === null) return cursor.onKeyDown(e);
    e.preventDefault();
    e.stopPropagation();
    setLayer(next);
    if (cursor.step === null && steps.length) cursor.select(steps[steps.length - 1]);
  };
  const text = cursor.step === null ? null : gradCursorText(p.points, cursor.step, at, p.metric, p.texts);

  // The chart's own layout (GradientChart: plotMargins(fontPx, 4, 0.8, true)), so the cursor lies on its lines.
  const m = plotMargins(p.fontPx, 4, 0.8, true);
  const iw = Math.max(10, p.width - m.left - m.right);
  const ih = Math.max(10, p.height - m.top - m.bottom);
  let mark: ReactNode = null;
  if (cursor.step !== null) {
    const point = p.points.find((q) => q.step === cursor.step);
    const x = scaleLinear().domain(p.xDomain).range([0, iw])(point ? (p.xOf ?? byStep)(point) : cursor.step);
    const v = point?.layers[at]?.[p.metric];
    const lv = v === undefined ? null : toLog(v);
    const y = lv === null ? null : scaleLog().domain(p.yDomain).range([ih, 0]).clamp(true)(lv);
    mark = (
      <g transform={`translate(${m.left},${m.top})`} className="charts-cursor">
        <line x1={x} x2={x} y1={0} y2={ih} />
        {y !== null && <circle cx={x} cy={y} r={5} fill={layerColor(at, p.layerCount)} stroke="var(--fg, #000)" strokeWidth={2} />}
      </g>
    );
  }
  return (
    <>
      <div
        className="charts-grad-browse"
        tabIndex={0}
        role="group"
        aria-label={p.label}
        aria-describedby={readoutId}
        onKeyDown={onKeyDown}
        data-testid={`grad-browse-${p.runId}`}
      >
        {p.children}
        <svg className="charts-grad-cursor" width={p.width} height={p.height} aria-hidden="true">
          {mark}
        </svg>
      </div>
      <p id={readoutId} className="charts-grad-readout" aria-live="polite" data-testid={`grad-readout-${p.runId}`}>
        {text ?? ''}
      </p>
    </>
  );
}
