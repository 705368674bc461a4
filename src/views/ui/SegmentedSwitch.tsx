import { useId } from 'react';

/** One choice of a switch. */
export interface SwitchOption<V extends string> {
  value: V;
  label: string;
}

/** Props of a small radio group drawn as joined buttons. */
export interface SegmentedSwitchProps<V extends string> {
  legend: string;
  options: readonly SwitchOption<V>[];
  value: V;
  onChange: (v: V) => void;
}

/** A radio group styled as joined buttons: arrow keys move the choice, Tab leaves it. */
export function SegmentedSwitch<V extends string>({ legend, options, value, onChange }: SegmentedSwitchProps<V>) {
  const name = `charts-sw-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <fieldset className="charts-switch">
      <legend className="charts-switch-legend">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="charts-switch-option">
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
