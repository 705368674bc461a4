import type { KnobKey } from '../../protocol.ts';
import { setComparison } from '../../state/actions.ts';
import { KNOB_KEYS, KNOBS } from '../../state/knobs.ts';
import { comparisonLocked } from '../../state/lock.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { maxValues, maxValues2, nextValue, withKnob, withKnob2 } from './compareValues.ts';
import { CompareValues } from './CompareValues.tsx';

/**
 * A select of knobs with a "none" entry; `exclude` leaves one knob out, and so does the teacher's lock (no locked knob
 * can become compared). With the comparison locked, the chosen knob's name in a read-only field.
 */
function KnobSelect(props: { id: string; value: KnobKey | null; noneLabel: string; exclude?: KnobKey | null; locked: boolean; onChange(k: KnobKey | null): void }) {
  const t = useT();
  const lock = useLab((s) => s.lock);
  const name = props.value === null ? props.noneLabel : t(KNOBS[props.value].label);
  if (props.locked) return <input id={props.id} className="locked-value" type="text" readOnly value={name} aria-describedby="compare-hint" />;
  return (
    <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as KnobKey))}>
      <option value="">{props.noneLabel}</option>
      {KNOB_KEYS.filter((k) => k !== props.exclude && (k === props.value || !lock.includes(k))).map((k) => (
        <option key={k} value={k}>
          {t(KNOBS[k].label)}
        </option>
      ))}
    </select>
  );
}

/** Which knob differs between the runs and its value per run; an optional second knob makes a grid; numeric knobs sweep up to 8 values. */
export function CompareControl() {
  const t = useT();
  const c = useLab((s) => s.comparison);
  const present = useLab((s) => s.present);
  const locked = useLab(comparisonLocked);
  const config = () => useLab.getState().config;
  const grid = Boolean(c.knob2 && c.values2 && c.values2.length);
  return (
    <fieldset className="compare">
      <legend>{t('controls.compare')}</legend>
      {!present && (
        <div className="knob">
          <label htmlFor="compare-knob" className="knob-label">
            {t('controls.compareKnob')}
          </label>
          <KnobSelect id="compare-knob" value={c.knob} locked={locked} noneLabel={t('controls.compareNone')} onChange={(k) => setComparison(withKnob(c, k, config()))} />
        </div>
      )}
      {c.knob && (
        <CompareValues
          knob={c.knob}
          values={c.values}
          idPrefix="cmp"
          asRuns={!grid}
          max={maxValues(c)}
          compact={present || locked}
          locked={locked}
          onChange={(values) => setComparison({ ...c, values })}
          onAdd={() => {
            const v = nextValue(c.knob as KnobKey, c.values, c.values[c.values.length - 1]);
            if (v !== undefined) setComparison({ ...c, values: [...c.values, v] });
          }}
        />
      )}
      {c.knob && !present && (
        <div className="knob">
          <label htmlFor="compare-knob2" className="knob-label">
            {t('controls.compareKnob2')}
          </label>
          <KnobSelect
            id="compare-knob2"
            value={c.knob2 ?? null}
            exclude={c.knob}
            locked={locked}
            noneLabel={t('controls.compareNone2')}
            onChange={(k) => setComparison(withKnob2(c, k, config()))}
          />
        </div>
      )}
      {c.knob && c.knob2 && c.values2 && (
        <CompareValues
          knob={c.knob2}
          values={c.values2}
          idPrefix="cmp2"
          asRuns={false}
          max={maxValues2(c)}
          compact={present || locked}
          locked={locked}
          onChange={(values2) => setComparison({ ...c, values2 })}
          onAdd={() => {
            const v2 = c.values2 ?? [];
            const v = nextValue(c.knob2 as KnobKey, v2, v2[v2.length - 1]);
            if (v !== undefined) setComparison({ ...c, values2: [...v2, v] });
          }}
        />
      )}
      {locked ? (
        <p className="hint" id="compare-hint">
          {t('course.locked')}
        </p>
      ) : (
        !present && <p className="hint">{grid ? t('controls.compareGridHint') : t('controls.compareHint')}</p>
      )}
    </fieldset>
  );
}
