import { memo, type ReactElement } from 'react';

/** Props of one radio button: `onPick` must be stable (a state setter), so the button re-renders only when it changes. */
export interface RadioProps<V extends string> {
  name: string;
  value: V;
  checked: boolean;
  onPick: (value: V) => void;
}

/**
 * A radio button that React leaves alone while its own props stay. React re-applies an input's `name` and `type`
 * on every update, and a view that redraws several times a second while training would re-register its radio
 * groups each time for nothing.
 */
export const Radio = memo(function Radio<V extends string>({ name, value, checked, onPick }: RadioProps<V>) {
  return <input type="radio" name={name} value={value} checked={checked} onChange={() => onPick(value)} />;
}) as <V extends string>(p: RadioProps<V>) => ReactElement;

/** A checkbox that React leaves alone while its own props stay (see Radio); `onPick` must be stable. */
export const Checkbox = memo(function Checkbox({ checked, onPick }: { checked: boolean; onPick: (checked: boolean) => void }) {
  return <input type="checkbox" checked={checked} onChange={(e) => onPick(e.target.checked)} />;
});
