import { useEffect, useRef, useState } from 'react';
import type { KnobKey } from '../../protocol.ts';
import { CONTROL_NAMES, type ControlName } from '../../state/urlParams.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { MakerControls } from './MakerControls.tsx';
import { MakerKnobs, MakerLesson } from './MakerKnobs.tsx';
import { MakerResult } from './MakerResult.tsx';
import { MakerTask } from './MakerTask.tsx';
import './maker.css';

/**
 * The activity maker, a modal dialog over the page. The setup is the page's own (lesson, knobs, comparison): the
 * teacher sets it here or in the page; the dialog adds which controls students see, which knobs are locked and an
 * instruction, and gives the student link, the iframe code, a QR code and a preview. Keys typed in it never reach
 * the page's shortcuts; Escape closes it.
 */
export function MakerDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  // Starts from what the page's link already says (a teacher reopening an activity link without locks).
  const [controls, setControls] = useState<readonly ControlName[]>(() => useLab.getState().controls ?? CONTROL_NAMES);
  const [lock, setLock] = useState<readonly KnobKey[]>(() => useLab.getState().lock);
  const [task, setTask] = useState(() => useLab.getState().task ?? '');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="maker"
      aria-labelledby="maker-title"
      data-testid="maker"
      // React passes a nested dialog's close (the full-screen QR code) up to this one: only its own closes it.
      onClose={(e) => e.target === e.currentTarget && onClose()}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="maker-head">
        <h2 id="maker-title">{t('maker.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('maker.close')}
        </button>
      </div>
      <div className="maker-body">
        <div className="maker-form">
          <p className="maker-intro">{t('maker.intro')}</p>
          <MakerLesson />
          <MakerTask task={task} onChange={setTask} />
          <MakerControls controls={controls} onChange={setControls} />
          <MakerKnobs lock={lock} onLock={setLock} />
        </div>
        <MakerResult activity={{ controls, lock, task }} />
      </div>
    </dialog>
  );
}
