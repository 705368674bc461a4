import { layerColor } from './layerColors.ts';

/** Props of the layer colour key. */
export interface LayerLegendProps {
  /** Names of the layers, first hidden → output. */
  names: readonly string[];
  title: string;
}

/** The colour of each layer's line, first hidden (darkest) → output (lightest). */
export function LayerLegend({ names, title }: LayerLegendProps) {
  return (
    <div className="charts-legend charts-layer-legend">
      <span className="charts-legend-title">{title}</span>
      <ul>
        {names.map((name, j) => (
          <li key={j}>
            <svg className="charts-swatch-line" width="1.6em" height="0.8em" viewBox="0 0 20 10" aria-hidden="true">
              <line x1={0} x2={20} y1={5} y2={5} stroke={layerColor(j, names.length)} strokeWidth={3.5} />
            </svg>
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
