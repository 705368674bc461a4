import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { useT } from '../ui/useT.ts';

/** The shortcuts as the help list shows them. */
const ROWS: readonly { keys: readonly string[]; text: MessageKey }[] = [
  { keys: ['classroom.spaceKey'], text: 'classroom.keyPlay' },
  { keys: ['S'], text: 'classroom.keyStep' },
  { keys: ['R'], text: 'classroom.keyReset' },
  { keys: ['D'], text: 'classroom.keyDescribe' },
  { keys: ['←', '→'], text: 'classroom.keyLessons' },
  { keys: ['?'], text: 'classroom.keyHelp' },
  { keys: ['Esc'], text: 'classroom.keyClose' },
];

/** A small non-modal panel listing the keyboard shortcuts; Escape or Close shuts it and gives focus back. */
export function ShortcutsDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="shortcuts" role="dialog" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('classroom.shortcuts')}</h2>
      <dl>
        {ROWS.map((r) => (
          <div key={r.text} className="shortcut-row">
            <dt>
              {r.keys.map((k) => (
                <kbd key={k}>{k.startsWith('classroom.') ? t(k as MessageKey) : k}</kbd>
              ))}
            </dt>
            <dd>{t(r.text)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('classroom.shortcutsHint')}</p>
      <button type="button" ref={closeRef} onClick={onClose}>
        {t('classroom.close')}
      </button>
    </div>
  );
}
