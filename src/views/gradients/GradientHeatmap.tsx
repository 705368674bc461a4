import { scaleLinear } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { HistoryPoint } from '../../protocol.ts';
import { plotMargins } from '../ui/chartLayout.ts';
import { canvasContext } from '../ui/canvasLine.ts';
import type { GradMetric } from './gradData.ts';
import { MAGNITUDE_LUT, magnitudeIndex } from './layerColors.ts';
import { toLog } from '../ui/logScale.ts';
import { byStep, type XOf } from '../ui/xAxis.ts';

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

/** Layer × step heatmap on a canvas: one row per layer (first hidden at the top), colour = log magnitude. */
export function GradientHeatmap({ points, metric, layerCount, xDomain, xOf = byStep, colorDomain, width, fontPx, layerNames, label, heightLines }: GradientHeatmapProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const cellsRef = useRef<HTMLCanvasElement | null>(null);
  const m = { ...plotMargins(fontPx, 4), top: Math.round(fontPx * 0.25) };
  const iw = Math.max(10, width - m.left - m.right);
  const rowPx = heatmapRowPx(layerCount, fontPx, heightLines);
  const ih = Math.round(rowPx * layerCount);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, iw]), [xDomain, iw]);
  useEffect(() => {
    const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
    const cw = Math.round(iw * dpr);
    const ch = Math.round(ih * dpr);
    const ctx = canvasContext(canvasRef.current, cw, ch);
    if (!ctx) return;
    ctx.clearRect(0, 0, cw, ch);
    const n = points.length;
    if (n === 0 || layerCount === 0) return;
    const img = new ImageData(n, layerCount);
    for (let i = 0; i < n; i++) {
      const layers = points[i].layers;
      for (let j = 0; j < layerCount; j++) {
        const v = layers[j] ? toLog(layers[j][metric]) : null;
        const o = (j * n + i) * 4;
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
    const cells = (cellsRef.current ??= document.createElement('canvas'));
    if (cells.width !== n) cells.width = n;
    if (cells.height !== layerCount) cells.height = layerCount;
    cells.getContext('2d')?.putImageData(img, 0, 0);
    // Columns are evenly spaced from the first point to the last (recorded steps are; in a race their seconds nearly are).
    const first = x(xOf(points[0]));
    const last = x(xOf(points[n - 1]));
    const half = n > 1 ? (last - first) / (n - 1) / 2 : Math.min(iw / 2, 3);
    const x0 = Math.max(0, first - half);
    const x1 = Math.min(iw, last + half);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(cells, x0 * dpr, 0, (x1 - x0) * dpr, ih * dpr);
    // The share of the width the columns fill (the x-axis ends past the newest step: see niceEnd), for tests and tools.
    canvasRef.current?.setAttribute('data-span', ((x1 - x0) / iw).toFixed(3));
  }, [points, metric, layerCount, x, xOf, colorDomain, iw, ih]);
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
        role="img"
        aria-label={label}
        style={{ position: 'absolute', left: m.left, top: m.top, width: iw, height: ih }}
      />
    </div>
  );
}
