import type { KnobKey } from '../../protocol.ts';
import { KNOBS, parseKnob } from '../../state/knobs.ts';
import { formatNumber } from './format.ts';
import { nearestStop, sliderSpec } from './sliderSpec.ts';

/** Props of an editor of one knob value. */
export interface EditorProps<V> {
  knob: KnobKey;
  value: V;
  onChange(value: V): void;
  /** Id of the input, for the <label htmlFor> outside. */
  id: string;
  disabled?: boolean;
  describedBy?: string;
  /** Locked by the teacher (`lock=`): the value is shown in a read-only field, which keyboards still reach. */
  locked?: boolean;
}

/** A numeric knob: a range slider (log stops where the knob spans decades) with its value read out, or a number field for the seed. */
export function NumberEditor({ knob, value, onChange, id, disabled, describedBy }: EditorProps<number>) {
  const spec = sliderSpec(knob);
  if (spec === null) {
    const def = KNOBS[knob];
    const max = def.kind === 'number' ? def.max : undefined;
    return (
      <input
        id={id}
        className="number-field"
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          const p = parseKnob(knob, e.target.value);
          if (p.ok) onChange(p.value as number);
        }}
      />
    );
  }
  const text = formatNumber(value);
  return (
    <span className="slider">
      {spec.kind === 'stops' ? (
        <input
          id={id}
          type="range"
          min={0}
          max={spec.stops.length - 1}
          step={1}
          value={nearestStop(spec.stops, value)}
          aria-valuetext={text}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => onChange(spec.stops[Number(e.target.value)])}
        />
      ) : (
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          aria-valuetext={text}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => {
            const p = parseKnob(knob, e.target.value);
            if (p.ok) onChange(p.value as number);
          }}
        />
      )}
      {/* Not a live region: the slider's aria-valuetext already says the value. */}
      <output htmlFor={id} className="readout" aria-live="off">
        {text}
      </output>
    </span>
  );
}
