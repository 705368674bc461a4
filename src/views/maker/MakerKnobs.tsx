import type { KnobKey, KnobValue, LabConfig } from '../../protocol.ts';
import { setKnob, setLesson } from '../../state/actions.ts';
import { KNOB_GROUP_NAMES, KNOB_KEYS, KNOBS, groupLabelKey } from '../../state/knobs.ts';
import { activeChapters, chapterLessons, LESSONS } from '../../state/lessons.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { ValueEditor } from '../ui/ValueEditor.tsx';
import { valueText } from '../ui/valueText.ts';

/** One knob: its name, a Lock tick, and the page's own editor of it (a compared knob shows its values per run). */
function KnobRow({ knob, locked, onLock }: { knob: KnobKey; locked: boolean; onLock(on: boolean): void }) {
  const t = useT();
  const value = useLab((s) => s.config[knob]);
  const perRun = useLab((s) => {
    const c = s.comparison;
    const values = c.knob === knob ? c.values : c.knob2 === knob ? (c.values2 ?? []) : null;
    return values && values.length ? values : null;
  });
  const id = `maker-knob-${knob}`;
  const name = t(KNOBS[knob].label);
  return (
    <div className="maker-knob" data-knob={knob}>
      {perRun ? (
        <span className="knob-label">{name}</span>
      ) : (
        <label htmlFor={id} className="knob-label">
          {name}
        </label>
      )}
      <label className="maker-lock">
        <input type="checkbox" checked={locked} onChange={(e) => onLock(e.target.checked)} aria-label={t('maker.lockKnob', { knob: name })} />
        {t('maker.lock')}
      </label>
      {perRun ? (
        <p className="hint">
          {t('maker.perRun', { values: perRun.map((v: KnobValue) => valueText(t, knob, v)).join(', ') })}
        </p>
      ) : (
        <ValueEditor knob={knob} id={id} value={value} onChange={(v: KnobValue) => setKnob(knob, v as LabConfig[typeof knob])} />
      )}
    </div>
  );
}

/** The lesson the activity opens: picking one opens it in the page, with its own knobs. */
export function MakerLesson() {
  const t = useT();
  const lessonId = useLab((s) => s.lessonId);
  return (
    <div className="maker-lesson">
      <label htmlFor="maker-lesson" className="knob-label">
        {t('maker.lesson')}
      </label>
      <select id="maker-lesson" value={lessonId} onChange={(e) => setLesson(e.target.value)} aria-describedby="maker-lesson-hint" data-testid="maker-lesson">
        {activeChapters().map((c, ci) => (
          <optgroup key={c} label={t('lessons.chapterGroup', { chapter: ci + 1, title: t(`lessons.chapter.${c}`) })}>
            {chapterLessons(c).map((l) => (
              <option key={l.id} value={l.id}>
                {LESSONS.indexOf(l) + 1}. {t(`lessons.${l.id}.title` as MessageKey)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="hint" id="maker-lesson-hint">
        {t('maker.lessonHint')}
      </p>
    </div>
  );
}

/** Every knob of the page's setup, group by group, each with a Lock tick. */
export function MakerKnobs({ lock, onLock }: { lock: readonly KnobKey[]; onLock(lock: KnobKey[]): void }) {
  const t = useT();
  return (
    <fieldset className="maker-setup">
      <legend>{t('maker.setup')}</legend>
      <p className="hint">{t('maker.knobsHint')}</p>
      {KNOB_GROUP_NAMES.map((g) => (
        <div key={g} className="maker-group" role="group" aria-labelledby={`maker-group-${g}`}>
          <h3 id={`maker-group-${g}`}>{t(groupLabelKey(g))}</h3>
          {KNOB_KEYS.filter((k) => KNOBS[k].group === g).map((k) => (
            <KnobRow key={k} knob={k} locked={lock.includes(k)} onLock={(on) => onLock(on ? [...lock, k] : lock.filter((x) => x !== k))} />
          ))}
        </div>
      ))}
    </fieldset>
  );
}
