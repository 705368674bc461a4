import { useMemo } from 'react';
import type { BackpropTrace } from '../../../state/backprop.ts';
import { networkLayout } from '../layout.ts';
import { activeLayer, edgesActive, unitLabel } from './labels.ts';
import { num } from './numbers.ts';
import type { Phase } from './phases.ts';
import type { GradientShade } from './shade.ts';

/** Props: the traced step, the phase shown, the drawing size and the column headings (input → output). */
export interface BackpropDiagramProps {
  trace: BackpropTrace;
  phase: Phase;
  width: number;
  height: number;
  columnNames: readonly string[];
  /** CSS px per rem (the type grows on a projector). */
  rem?: number;
  /** The shade of an edge by its |∂L/∂w| (used once the gradients exist). */
  shade: GradientShade;
}

/**
 * The traced net with a number at every unit (x, a or δ, as the phase has reached it) and the phase's
 * weights drawn darker; once the gradients exist, each edge is shaded by its |∂L/∂w| on a log scale.
 */
export function BackpropDiagram({ trace, phase, width, height, columnNames, rem = 16, shade }: BackpropDiagramProps) {
  const TOP = 1.5 * rem;
  const sizes = useMemo(() => [trace.x.length, ...trace.layers.map((l) => l.outputs)], [trace]);
  const inner = height - TOP - 0.6 * rem;
  const columns = useMemo(() => networkLayout(sizes, width, inner, 4, 4.2 * rem), [sizes, width, inner, rem]);
  const gradients = phase.kind === 'gradients' || phase.kind === 'update' || phase.kind === 'chain';
  const active = activeLayer(phase, trace.layers.length);
  const r = Math.max(5, Math.min(0.6 * rem, width / (sizes.length * 6)));
  const digits = width / sizes.length < 4.5 * rem ? 2 : 3;
  return (
    <svg className="backprop-diagram" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" data-phase={phase.kind}>
      {columns.map((c, l) => (
        <text key={l} className="column-name" x={c.x} y={0.9 * rem} textAnchor="middle">
          {columnNames[l]}
        </text>
      ))}
      <g transform={`translate(0,${TOP})`}>
        {trace.layers.map((layer, l) =>
          columns[l + 1].units.map((to) =>
            columns[l].units.map((from) => {
              const g = Math.abs(layer.dW[to.index * layer.inputs + from.index]);
              const on = edgesActive(phase, l);
              return (
                <line
                  key={`${l}-${to.index}-${from.index}`}
                  className={on ? 'edge on' : 'edge'}
                  data-layer={l}
                  x1={from.x} y1={from.y} x2={to.x} y2={to.y}
                  stroke={gradients ? shade.color(g) : undefined}
                  strokeWidth={gradients ? shade.width(g) : undefined}
                />
              );
            }),
          ),
        )}
        {columns.map((c, col) =>
          c.units.map((u) => {
            const label = unitLabel(trace, phase, col, u.index);
            const on = active === null ? false : col === active + 1;
            return (
              <g key={`${col}-${u.index}`} className={on ? 'unit-group on' : 'unit-group'}>
                <circle className="unit" cx={u.x} cy={u.y} r={r} />
                {label && (
                  <text
                    className={label.what === 'δ' ? 'value delta' : 'value'}
                    data-column={col}
                    data-unit={u.index}
                    data-what={label.what}
                    data-value={label.value}
                    x={u.x}
                    y={u.y - r - 0.25 * rem}
                    textAnchor="middle"
                  >
                    {label.what === 'x' ? '' : `${label.what} `}
                    {num(label.value, digits)}
                  </text>
                )}
              </g>
            );
          }),
        )}
      </g>
    </svg>
  );
}
