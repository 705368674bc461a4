import { activityQuery, appBase, iframeSnippet, type Activity } from '../../state/activity.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { CopyField } from './CopyField.tsx';
import { MakerPreview } from './MakerPreview.tsx';
import { QrCode } from './QrCode.tsx';
import { ScormDownload } from './ScormDownload.tsx';

/** What the teacher takes away: the student link, the iframe code, a SCORM package, the QR code, and a preview of the student's page. */
export function MakerResult({ activity }: { activity: Activity }) {
  const t = useT();
  // Strings: the result re-renders only when the page's setup (a knob, the lesson, the comparison …) changes them.
  const query = useLab((s) => activityQuery(s, activity));
  const embedQuery = useLab((s) => activityQuery(s, activity, true));
  const lessonId = useLab((s) => s.lessonId);
  const base = appBase(window.location);
  const link = `${base}?${query}`;
  const title = t('maker.frameTitle', { lesson: t(`lessons.${lessonId}.title` as MessageKey) });
  const snippet = iframeSnippet(`${base}?${embedQuery}`, title);
  return (
    <section className="maker-result" aria-labelledby="maker-result-title">
      <h3 id="maker-result-title">{t('maker.result')}</h3>
      <CopyField id="maker-link" label={t('maker.link')} copyLabel={t('maker.copyLink')} value={link} />
      <CopyField id="maker-snippet" label={t('maker.snippet')} copyLabel={t('maker.copySnippet')} value={snippet} lines={4} />
      <ScormDownload lesson={lessonId} query={query} title={title} />
      <QrCode link={link} />
      <MakerPreview link={link} />
    </section>
  );
}
