import { useMemo } from 'react';
import type { LayerStats } from '../../protocol.ts';
import { edgeMagnitude, type EdgeMode, type EdgeStyle } from './edgeScale.ts';
import { bundlePath, isDropped, networkLayout } from './layout.ts';

/** Props: the net's shape, its latest per-layer statistics and keep-masks, and how to draw edges. */
export interface NetworkDiagramProps {
  layerSizes: readonly number[];
  /** First hidden layer → output (one per edge bundle). */
  stats: readonly LayerStats[] | undefined;
  masks: readonly Uint8Array[] | undefined;
  mode: EdgeMode;
  style: EdgeStyle;
  width: number;
  height: number;
  /** Column headings, input → output. */
  columnNames: readonly string[];
  /** Share at which a layer counts as saturated/dead and is flagged. */
  flagAt?: number;
  /** CSS px per rem, so margins and unit sizes grow with the type (projector). */
  rem?: number;
  /** Image inputs (the digits: 8): the inputs drawn whole as a side × side block of pixels; 0 for a column. */
  inputSide?: number;
}

/** Layers as columns of units (≤16 drawn, "+N" for the rest), edge bundles shaded by |weight| or gradient size, dropped units greyed, unhealthy layers flagged. */
export function NetworkDiagram({ layerSizes, stats, masks, mode, style, width, height, columnNames, flagAt = 0.5, rem = 16, inputSide = 0 }: NetworkDiagramProps) {
  const TOP = 1.4 * rem;
  const BOTTOM = 2.1 * rem;
  const columns = useMemo(
    () => networkLayout(layerSizes, width, height - TOP - BOTTOM, undefined, 1.6 * rem, inputSide),
    [layerSizes, width, height, TOP, BOTTOM, rem, inputSide],
  );
  const bundles = useMemo(() => columns.slice(1).map((c, l) => bundlePath(columns[l], c)), [columns]);
  const nameEvery = Math.max(1, Math.ceil((1.9 * rem) / (width / Math.max(1, layerSizes.length))));
  const r = Math.max(2.5, Math.min(0.45 * rem, (height - TOP - BOTTOM) / 40, width / (layerSizes.length * 5)));
  return (
    <svg className="network-diagram" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <g transform={`translate(0,${TOP})`}>
        {bundles.map((d, l) => {
          const s = stats?.[l];
          const v = s ? edgeMagnitude(s, mode, layerSizes[l], layerSizes[l + 1]) : NaN;
          return (
            <path key={l} className="bundle" data-layer={l + 1} d={d} fill="none" stroke={s ? style.color(v) : '#cccccc'} strokeWidth={s ? style.width(v) : 0.5} strokeOpacity={Math.min(0.7, 4 / Math.sqrt(Math.max(1, Math.min(layerSizes[l], 16) * Math.min(layerSizes[l + 1], 16))))} />
          );
        })}
        {columns.map((c, l) => {
          const s = l > 0 && l < columns.length - 1 ? stats?.[l - 1] : undefined;
          const flag = s ? Math.max(s.saturated, s.dead) : 0;
          // The side of an image input's pixel square: the block's pitch less a gap (0: units are circles).
          const pixel = inputSide > 0 && l === 0 && c.size === inputSide * inputSide ? Math.max(1.5, Math.min(2 * r, c.units[1].x - c.units[0].x - 1)) : 0;
          return (
            <g key={l} className="column" data-column={l}>
              {c.units.map((u) => {
                const dropped = isDropped(masks, l, u.index);
                // Pixels of an image input are small squares, as many as fit the block.
                if (pixel > 0) {
                  return <rect key={u.index} className={dropped ? 'unit pixel dropped' : 'unit pixel'} x={u.x - pixel / 2} y={u.y - pixel / 2} width={pixel} height={pixel} />;
                }
                return <circle key={u.index} className={dropped ? 'unit dropped' : 'unit'} cx={u.x} cy={u.y} r={r} />;
              })}
              {c.hidden > 0 && (
                <text className="more" x={c.x} y={c.units[c.units.length - 1].y + r + 0.8 * rem} textAnchor="middle">
                  +{c.hidden}
                </text>
              )}
              {flag >= flagAt && (
                <text className="flag" x={c.x} y={height - TOP - BOTTOM + 1.5 * rem} textAnchor="middle">
                  ⚠
                </text>
              )}
            </g>
          );
        })}
      </g>
      {columns.map((c, l) =>
        l % nameEvery === 0 || l === columns.length - 1 ? (
          <text key={l} className="column-name" x={c.x} y={0.9 * rem} textAnchor="middle">
            {columnNames[l]}
          </text>
        ) : null,
      )}
    </svg>
  );
}
