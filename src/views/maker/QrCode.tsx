import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../ui/useT.ts';
import { qrShape } from './qr.ts';

/** The QR code as an SVG image, crisp at any size (one module is one unit of its viewBox). */
function QrSvg({ link, testId }: { link: string; testId: string }) {
  const t = useT();
  const shape = useMemo(() => qrShape(link), [link]);
  if (!shape) return <p className="maker-error">{t('maker.qrTooLong')}</p>;
  return (
    <svg className="maker-qr-svg" viewBox={`0 0 ${shape.size} ${shape.size}`} role="img" aria-label={t('maker.qr')} shapeRendering="crispEdges" data-testid={testId}>
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.d} fill="#000" />
    </svg>
  );
}

/**
 * The student link as a QR code drawn in the page, the link beside it as text (what a screen reader reads), and a
 * full-screen view for the projector (a modal dialog over the maker: Escape or Close returns).
 */
export function QrCode({ link }: { link: string }) {
  const t = useT();
  const [big, setBig] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (big && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [big]);
  return (
    <figure className="maker-qr">
      <QrSvg link={link} testId="maker-qr" />
      <figcaption>
        <span className="hint">{t('maker.qrHint')}</span>
        <span className="maker-qr-link">{link}</span>
        <button type="button" ref={opener} onClick={() => setBig(true)} data-testid="maker-qr-enlarge">
          {t('maker.enlarge')}
        </button>
      </figcaption>
      {big && (
        <dialog
          ref={dialog}
          className="maker-qr-full"
          aria-label={t('maker.qr')}
          onClose={(e) => {
            if (e.target !== e.currentTarget) return;
            setBig(false);
            opener.current?.focus();
          }}
        >
          <QrSvg link={link} testId="maker-qr-full" />
          <p className="maker-qr-link">{link}</p>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('maker.close')}
          </button>
        </dialog>
      )}
    </figure>
  );
}
