import { RUN_DASHES, runColor } from '../theme.ts';

/** Props of a run's heading in a small multiple. */
export interface RunTitleProps {
  index: number;
  label: string;
}

/** A run's heading: its colour and dash as a short line, then its label ("A · Sigmoid"). */
export function RunTitle({ index, label }: RunTitleProps) {
  return (
    <h3 className="charts-run-title">
      <svg className="charts-swatch-line" width="2em" height="0.8em" viewBox="0 0 24 10" aria-hidden="true">
        <line x1={0} x2={24} y1={5} y2={5} stroke={runColor(index)} strokeWidth={4} strokeDasharray={RUN_DASHES[index % RUN_DASHES.length]} />
      </svg>
      <span style={{ borderBottomColor: runColor(index) }}>{label}</span>
    </h3>
  );
}
