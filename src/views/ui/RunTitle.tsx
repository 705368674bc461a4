import { RunSwatch } from './RunSwatch.tsx';
import { runColor } from './theme.ts';

/** Props of a run's heading in a small multiple. */
export interface RunTitleProps {
  index: number;
  label: string;
}

/** A run's heading: its colour and dash as a short line, then its label ("A · Sigmoid"). */
export function RunTitle({ index, label }: RunTitleProps) {
  return (
    <h3 className="charts-run-title">
      <RunSwatch index={index} />
      <span style={{ borderBottomColor: runColor(index) }}>{label}</span>
    </h3>
  );
}
