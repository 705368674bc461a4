import type { KnobValue } from '../../protocol.ts';
import { KNOBS, optionKey } from '../../state/knobs.ts';
import { useT } from './useT.ts';
import { NumberEditor, type EditorProps } from './NumberEditor.tsx';
import { valueText } from './valueText.ts';

/**
 * An editor suited to the knob's kind: a select for options, a switch for on/off, a slider for numbers. A locked knob
 * gets none: its value in a read-only text field (focusable and read out as read-only, no key or pointer changes it).
 */
export function ValueEditor(props: EditorProps<KnobValue>) {
  const t = useT();
  const { knob, value, onChange, id, disabled, describedBy, locked } = props;
  const def = KNOBS[knob];
  if (locked) {
    const text = valueText(t, knob, value);
    return <input id={id} className="locked-value" type="text" readOnly value={text} size={Math.max(4, text.length + 1)} aria-describedby={describedBy} />;
  }
  switch (def.kind) {
    case 'enum':
      return (
        <select id={id} value={String(value)} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as KnobValue)}>
          {def.options.map((o) => (
            <option key={o} value={o}>
              {t(optionKey(knob, o))}
            </option>
          ))}
        </select>
      );
    case 'bool':
      return (
        <input
          id={id}
          className="switch"
          type="checkbox"
          role="switch"
          checked={Boolean(value)}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'number':
      return <NumberEditor {...props} value={value as number} onChange={onChange} />;
  }
}
