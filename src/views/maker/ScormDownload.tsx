import { useEffect, useState } from 'react';
import { scormBuilder } from '../../state/scormBuilder.ts';
import { downloadBlob } from '../ui/download.ts';
import { useT } from '../ui/useT.ts';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; reason: string };

/** The query of a package's launch page: the activity's, less what the package sets itself (lesson, scorm, embed). */
export function scormQuery(activityQuery: string): string {
  const params = new URLSearchParams(activityQuery);
  for (const own of ['lesson', 'scorm', 'embed']) params.delete(own);
  return params.toString();
}

/**
 * "Download the SCORM package": this activity as a SCORM 1.2 zip for an LMS, built in the page from the app's own
 * files (nothing is sent anywhere). Says what it is doing, and why it could not (an unknown value, a page that is not
 * a production build).
 */
export function ScormDownload({ lesson, query, title }: { lesson: string; query: string; title: string }) {
  const t = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => setStatus({ kind: 'idle' }), [lesson, query]);
  const build = scormBuilder();
  if (!build) return null;
  const make = async () => {
    setStatus({ kind: 'busy' });
    const file = `backprop-lab-${lesson.replace(/[^a-z0-9-]/gi, '')}-scorm.zip`;
    try {
      downloadBlob(await build({ lesson, query: scormQuery(query), title }), file);
      setStatus({ kind: 'done', file });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="maker-scorm">
      <p className="knob-label">{t('maker.scorm')}</p>
      <button type="button" onClick={() => void make()} disabled={status.kind === 'busy'} data-testid="maker-scorm">
        {t('maker.scormDownload')}
      </button>
      <p className="hint" role="status">
        {status.kind === 'busy' ? t('maker.scormBusy') : status.kind === 'done' ? t('maker.scormDone', { file: status.file }) : status.kind === 'failed' ? t('maker.scormFailed', { reason: status.reason }) : ''}
      </p>
    </div>
  );
}
