import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

// The maker (its dialog, the QR encoder) loads when a teacher first opens it: students never download it.
const MakerDialog = lazy(() => import('./MakerDialog.tsx').then((m) => ({ default: m.MakerDialog })));

/**
 * "Make an activity", beside Presenter mode in the top bar (the top bar is not shown in an embed). Not offered on a
 * page whose link locks knobs: that page is a student's, and the maker would edit the locked knobs.
 */
export function MakerButton() {
  const t = useT();
  const locked = useLab((s) => s.lock.length > 0);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  if (locked) return null;
  return (
    <>
      <button type="button" ref={button} aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="maker-open">
        {t('maker.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <MakerDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
