import { useEffect, useRef, useState } from 'react';
import { useT } from '../ui/useT.ts';

/** A read-only text (one line, or several for code) with its label and a Copy button that says what happened. */
export function CopyField({ id, label, copyLabel, value, lines = 1 }: { id: string; label: string; copyLabel: string; value: string; lines?: number }) {
  const t = useT();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('maker.copied'));
    } catch {
      // No clipboard here (an insecure page, a denied permission): the text is selected for the person to copy.
      field.current?.select();
      setStatus(t('maker.copyFailed'));
    }
  };
  return (
    <div className="maker-copy">
      <label htmlFor={id} className="knob-label">
        {label}
      </label>
      <div className="maker-copy-row">
        {lines > 1 ? (
          <textarea id={id} ref={field} readOnly rows={lines} value={value} spellCheck={false} />
        ) : (
          <input id={id} ref={field} type="text" readOnly value={value} spellCheck={false} />
        )}
        <button type="button" onClick={copy} data-testid={`${id}-copy`}>
          {copyLabel}
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
