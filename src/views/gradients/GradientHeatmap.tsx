import { scaleLinear } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { plotMargins } from '../ui/chartLayout.ts';
import { canvasContext } from '../ui/canvasLine.ts';
import type { GradMetric } from './gradData.ts';
import { MAGNITUDE_LUT, magnitudeIndex } from './layerColors.ts';
import { toLog } from '../ui/logScale.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';
import { continuesFrom, type Held } from './continued.ts';
import { useDrawPixels } from '../ui/inSight.ts';

/** Props of one run's layer × step heatmap. */
export interface GradientHeatmapProps {
  points: readonly HistoryPoint[];
  metric: GradMetric;
  layerCount: number;
  /** Same step domain as the line chart above it, so columns line up with it. */
  xDomain: readonly [number, number];
  /** A point's x, as on the line chart (its step, or in a race its seconds). */
  xOf?: XOf;
  /** Shared log colour domain. */
  colorDomain: readonly [number, number];
  width: number;
  fontPx: number;
  /** Row labels, first hidden layer first. */
  layerNames: readonly string[];
  label: string;
  /** Most height the heatmap may take, in lines of text (10 by default, fewer in presenter mode). */
  heightLines?: number;
}

/** Height of one heatmap row: about a line of small text, less for deep nets (`heightLines` lines' worth at most). */
export function heatmapRowPx(layerCount: number, fontPx: number, heightLines = 10): number {
  return Math.max(3, Math.min(fontPx * 0.9, (fontPx * heightLines) / Math.max(1, layerCount)));
}

const MISSING = 200;

/** Colours of columns i0 … i1 − 1 (one per point, one row per layer) into an image of i1 − i0 columns. */
function cellImage(points: readonly HistoryPoint[], i0: number, i1: number, layerCount: number, metric: GradMetric, colorDomain: readonly [number, number]): ImageData {
  const w = i1 - i0;
  const img = new ImageData(w, layerCount);
  for (let i = i0; i < i1; i++) {
    const layers = points[i].layers;
    for (let j = 0; j < layerCount; j++) {
      const v = layers[j] ? toLog(layers[j][metric]) : null;
      const o = (j * w + i - i0) * 4;
      if (v === null) {
        img.data[o] = img.data[o + 1] = img.data[o + 2] = MISSING;
      } else {
        const k = magnitudeIndex(v, colorDomain) * 3;
        img.data[o] = MAGNITUDE_LUT[k];
        img.data[o + 1] = MAGNITUDE_LUT[k + 1];
        img.data[o + 2] = MAGNITUDE_LUT[k + 2];
      }
      img.data[o + 3] = 255;
    }
  }
  return img;
}

/** Layer × step heatmap on a canvas: one row per layer (first hidden at the top), colour = log magnitude. */
export function GradientHeatmap({ points, metric, layerCount, xDomain, xOf = byStep, colorDomain, width, fontPx, layerNames, label, heightLines }: GradientHeatmapProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const cellsRef = useRef<HTMLCanvasElement | null>(null);
  const m = { ...plotMargins(fontPx, 4), top: Math.round(fontPx * 0.25) };
  const iw = Math.max(10, width - m.left - m.right);
  const rowPx = heatmapRowPx(layerCount, fontPx, heightLines);
  const ih = Math.round(rowPx * layerCount);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, iw]), [xDomain, iw]);
  const held = useRef<Held | null>(null);
  const draw = useDrawPixels();
  useEffect(() => {
    if (!draw) return;
    const canvas = canvasRef.current;
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    const cw = Math.round(iw * dpr);
    const ch = Math.round(ih * dpr);
    const ctx = canvasContext(canvas, cw, ch);
    if (!canvas || !ctx) return;
    const n = points.length;
    if (n === 0 || layerCount === 0) {
      ctx.clearRect(0, 0, cw, ch);
      held.current = null;
      return;
    }
    // Columns are evenly spaced from the first point to the last, each centred on its point (recorded steps are
    // evenly spaced; in a race their seconds nearly are), the canvas clipping the halves beyond its edges.
    const first = x(xOf(points[0]));
    const last = x(xOf(points[n - 1]));
    const half = n > 1 ? (last - first) / (n - 1) / 2 : Math.min(iw / 2, 3);
    // Columns continue on what the canvas holds only by step, and only while their width stays (see continued.ts).
    const key = [cw, ch, metric, layerCount, xOf, Math.round(half * 1e4), ...x.domain(), ...colorDomain];
    const from = xOf === byStep ? continuesFrom(held.current, key, points) + 1 : 0;
    const i0 = from > 1 ? from : 0;
    if (i0 === 0) ctx.clearRect(0, 0, cw, ch);
    if (i0 < n) {
      const cells = (cellsRef.current ??= document.createElement('canvas'));
      if (cells.width !== n - i0) cells.width = n - i0;
      if (cells.height !== layerCount) cells.height = layerCount;
      cells.getContext('2d')?.putImageData(cellImage(points, i0, n, layerCount, metric, colorDomain), 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(cells, (first - half + 2 * half * i0) * dpr, 0, 2 * half * (n - i0) * dpr, ih * dpr);
    }
    held.current = { key, points, n };
    // The share of the width the columns fill (the x-axis ends past the newest step: see niceEnd), for tests and
    // tools, and the first column the last redraw drew.
    canvas.setAttribute('data-span', ((Math.min(iw, last + half) - Math.max(0, first - half)) / iw).toFixed(3));
    canvas.setAttribute('data-from', String(i0));
  }, [draw, points, metric, layerCount, x, xOf, colorDomain, iw, ih]);
  const showEvery = rowPx >= fontPx * 0.8 ? 1 : Math.ceil((fontPx * 0.9) / rowPx);
  return (
    <div className="charts-heatmap" style={{ width, height: ih + m.top }}>
      <svg className="charts-svg" width={width} height={ih + m.top} aria-hidden="true">
        <g transform={`translate(${m.left},${m.top})`}>
          {layerNames.map((name, j) =>
            (j % showEvery === 0 && layerCount - 1 - j >= showEvery) || j === layerCount - 1 ? (
              <text key={j} className="charts-heatmap-label" x={-7} y={(j + 0.5) * rowPx} dy="0.32em" textAnchor="end">
                {name}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <canvas
        ref={canvasRef}
        className="charts-heatmap-cells"
        role="img"
        aria-label={label}
        style={{ position: 'absolute', left: m.left, top: m.top, width: iw, height: ih }}
      />
    </div>
  );
}
