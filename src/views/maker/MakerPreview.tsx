import { useEffect, useState } from 'react';
import { useSize } from '../ui/useSize.ts';
import { useT } from '../ui/useT.ts';

/** The laptop screen a preview stands for, in CSS pixels; the frame is scaled down to the maker's column. */
const SCREEN = { width: 1280, height: 800 };
/** The preview reloads once the link has stopped changing for this long (a slider dragged reloads it once). */
const SETTLE_MS = 700;

/** What a student sees: the student link in a scaled-down frame, not reachable by keyboard (the link is its text). */
export function MakerPreview({ link }: { link: string }) {
  const t = useT();
  const [box, size] = useSize<HTMLDivElement>();
  const [src, setSrc] = useState(link);
  useEffect(() => {
    const id = setTimeout(() => setSrc(link), SETTLE_MS);
    return () => clearTimeout(id);
  }, [link]);
  const scale = size.width > 0 ? size.width / SCREEN.width : 0.3;
  return (
    <div className="maker-preview">
      <h3>{t('maker.preview')}</h3>
      <div ref={box} className="maker-preview-box" style={{ height: Math.round(SCREEN.height * scale) }}>
        <iframe
          src={src}
          title={t('maker.previewTitle')}
          width={SCREEN.width}
          height={SCREEN.height}
          tabIndex={-1}
          inert
          style={{ transform: `scale(${scale})` }}
          data-testid="maker-preview"
        />
      </div>
    </div>
  );
}
