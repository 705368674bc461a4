import type { KnobKey, KnobValue, LabConfig } from '../../protocol.ts';
import { setKnob } from '../../state/actions.ts';
import { KNOBS } from '../../state/knobs.ts';
import { isLocked } from '../../state/lock.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { ValueEditor } from '../ui/ValueEditor.tsx';

/**
 * One knob of the base configuration: label, editor, one-line hint; disabled while the comparison sets it per run,
 * read-only (its value in a read-only field, "locked by your teacher") when `lock=` names it.
 */
export function KnobControl({ knob }: { knob: KnobKey }) {
  const t = useT();
  const value = useLab((s) => s.config[knob]);
  const def = KNOBS[knob];
  const compared = useLab((s) => s.comparison.knob === knob || (s.comparison.knob2 ?? null) === knob);
  // Own data and the digits are taken as given: the knobs that shape the 2-D sets do not apply to them.
  const dataOff = useLab((s) => (def.builtInDataOnly === true && (s.config.dataset === 'own' || s.config.dataset === 'digits') ? s.config.dataset : null));
  const locked = useLab((s) => isLocked(s, knob));
  const id = `knob-${knob}`;
  const hintId = `${id}-hint`;
  const isBool = def.kind === 'bool';
  const label = (
    <label htmlFor={id} className="knob-label">
      {t(def.label)}
    </label>
  );
  const editor = (
    <ValueEditor
      knob={knob}
      id={id}
      value={value}
      disabled={compared || dataOff !== null}
      locked={locked && !compared}
      describedBy={hintId}
      onChange={(v: KnobValue) => setKnob(knob, v as LabConfig[typeof knob])}
    />
  );
  return (
    <div className={`knob${compared ? ' compared' : ''}${isBool ? ' knob-bool' : ''}${locked ? ' locked' : ''}`} data-knob={knob}>
      {isBool ? (
        <div className="knob-row">
          {editor}
          {label}
        </div>
      ) : (
        <>
          {label}
          {editor}
        </>
      )}
      <p className="hint" id={hintId}>
        {compared ? t('controls.setPerRun') : locked ? t('course.locked') : dataOff === 'own' ? t('own.noiseOff') : dataOff === 'digits' ? t('digits.noiseOff') : t(def.hint)}
      </p>
    </div>
  );
}
