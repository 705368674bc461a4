import { useEffect, useId, useState } from 'react';
import { setSeeds } from '../../state/actions.ts';
import { useLab } from '../../state/store.ts';
import { MAX_SEEDS, MIN_SEEDS } from '../../seeds.ts';
import { useT } from '../ui/useT.ts';

/**
 * How many seeds every run trains (1–20), next to the comparison. A typed value takes effect on Enter or when the
 * field is left (each change rebuilds the runs), clamped to 1–20; the memory clamp, if any, is said in the notices.
 */
export function SeedsControl() {
  const t = useT();
  const seeds = useLab((s) => s.seeds);
  const inUse = useLab((s) => s.seedsInUse);
  const [text, setText] = useState(String(seeds));
  const id = useId();
  const hintId = `${id}-hint`;
  useEffect(() => setText(String(seeds)), [seeds]);
  const commit = () => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) setText(String(seeds));
    else {
      setSeeds(n);
      setText(String(Math.min(MAX_SEEDS, Math.max(MIN_SEEDS, Math.round(n)))));
    }
  };
  return (
    <div className="knob seeds-control">
      <label htmlFor={id} className="knob-label">
        {t('seeds.label')}
      </label>
      <input
        id={id}
        className="number-field"
        type="number"
        inputMode="numeric"
        min={MIN_SEEDS}
        max={MAX_SEEDS}
        step={1}
        value={text}
        aria-describedby={hintId}
        data-testid="seeds-input"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {inUse !== seeds && <span className="readout"> → {inUse}</span>}
      <p id={hintId} className="hint">
        {t('seeds.hint')}
      </p>
    </div>
  );
}
