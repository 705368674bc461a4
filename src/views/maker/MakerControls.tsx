import type { MessageKey } from '../../i18n/index.ts';
import { groupLabelKey, KNOB_GROUP_NAMES, type KnobGroupName } from '../../state/knobs.ts';
import { CONTROL_NAMES, type ControlName } from '../../state/urlParams.ts';
import { useT } from '../ui/useT.ts';

/** The name of a `controls=` entry as the maker lists it. */
function controlKey(c: ControlName): MessageKey {
  return (KNOB_GROUP_NAMES as readonly string[]).includes(c) ? groupLabelKey(c as KnobGroupName) : (`maker.control.${c}` as MessageKey);
}

/** Ticks for the controls students see (`controls=`): all ticked leaves the parameter out. */
export function MakerControls({ controls, onChange }: { controls: readonly ControlName[]; onChange(c: ControlName[]): void }) {
  const t = useT();
  return (
    <fieldset className="maker-controls">
      <legend>{t('maker.controls')}</legend>
      {CONTROL_NAMES.map((c) => (
        <label key={c} className="maker-tick">
          <input
            type="checkbox"
            name="maker-controls"
            value={c}
            checked={controls.includes(c)}
            onChange={(e) => onChange(CONTROL_NAMES.filter((x) => (x === c ? e.target.checked : controls.includes(x))))}
          />
          {t(controlKey(c))}
        </label>
      ))}
    </fieldset>
  );
}
