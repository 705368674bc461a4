import { memo, useId, type ReactElement } from 'react';
import { Radio } from './Choice.tsx';

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

/** Whether two option lists show the same choices (callers build them anew on each render). */
const sameOptions = <V extends string>(a: readonly SwitchOption<V>[], b: readonly SwitchOption<V>[]) =>
  a.length === b.length && a.every((o, i) => o.value === b[i].value && o.label === b[i].label);

/**
 * A radio group styled as joined buttons: arrow keys move the choice, Tab leaves it. It re-renders only when its
 * legend, choices, value or (stable) handler change, not with every redraw of the chart above it.
 */
export const SegmentedSwitch = memo(
  function SegmentedSwitch<V extends string>({ legend, options, value, onChange }: SegmentedSwitchProps<V>) {
  const name = `charts-sw-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <fieldset className="charts-switch">
      <legend className="charts-switch-legend">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="charts-switch-option">
          <Radio name={name} value={o.value} checked={o.value === value} onPick={onChange} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
},
  (a, b) => a.legend === b.legend && a.value === b.value && a.onChange === b.onChange && sameOptions(a.options, b.options),
) as <V extends string>(p: SegmentedSwitchProps<V>) => ReactElement;
