import type { KnobKey, KnobValue } from '../../protocol.ts';
import { RUN_IDS } from '../../state/runs.ts';
import { useT } from '../ui/useT.ts';
import { runColor } from '../ui/theme.ts';
import { ValueEditor } from '../ui/ValueEditor.tsx';

/** Props: the knob, its values (one per run, or per grid row/column), and how to change them. */
export interface CompareValuesProps {
  knob: KnobKey;
  values: readonly KnobValue[];
  /** Prefix of input ids ('cmp' or 'cmp2'). */
  idPrefix: string;
  /** Run letters coloured as the runs (single knob); otherwise values are numbered. */
  asRuns: boolean;
  /** Values may be added up to this count. */
  max: number;
  /** Hides add/remove (presenter mode, a locked comparison). */
  compact: boolean;
  /** The teacher locked the compared knob: each value in a read-only field. */
  locked?: boolean;
  onChange(values: KnobValue[]): void;
  onAdd(): void;
}

/** The per-run (or per-row) values of a compared knob, each with an editor fitting the knob's kind. */
export function CompareValues({ knob, values, idPrefix, asRuns, max, compact, locked, onChange, onAdd }: CompareValuesProps) {
  const t = useT();
  return (
    <>
      <ol className="compare-values">
        {values.map((v, i) => {
          const id = `${idPrefix}-${i}`;
          const name = asRuns ? RUN_IDS[i] : String(i + 1);
          return (
            <li key={i} className="compare-row">
              <label htmlFor={id} className="run-chip" style={asRuns ? { borderColor: runColor(i), color: runColor(i) } : undefined}>
                <span aria-hidden="true">{name}</span>
                <span className="visually-hidden">{asRuns ? t('controls.valueForRun', { id: name }) : t('controls.valueN', { n: name })}</span>
              </label>
              <ValueEditor
                knob={knob}
                id={id}
                value={v}
                locked={locked}
                describedBy={locked ? 'compare-hint' : undefined}
                onChange={(nv: KnobValue) => onChange(values.map((old, k) => (k === i ? nv : old)))}
              />
              {!compact && values.length > 1 && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('controls.removeValue', { id: name })}
                  title={t('controls.removeValue', { id: name })}
                  onClick={() => onChange(values.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!compact && values.length < max && (
        <button type="button" className="add-value" onClick={onAdd}>
          {t('controls.addValue')}
        </button>
      )}
    </>
  );
}
