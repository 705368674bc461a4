import { dismissNotices } from '../state/actions.ts';
import { useLab } from '../state/store.ts';
import type { Notice } from '../state/urlRead.ts';
import type { MessageKey } from '../i18n/index.ts';
import { useT } from './ui/useT.ts';

const KEY: Record<Notice['kind'], MessageKey> = {
  invalid: 'noticeInvalid',
  clamped: 'noticeClamped',
  rounded: 'noticeRounded',
  duplicate: 'noticeDuplicate',
  tooMany: 'noticeTooMany',
  unavailable: 'compute.noticeUnavailable',
  loadFailed: 'compute.noticeLoadFailed',
  unknownKnob: 'course.noticeUnknownKnob',
  cut: 'course.noticeCut',
  memory: 'seeds.noticeMemory',
};

/** The small notice that lists what the page changed in the link it was opened with. */
export function Notices() {
  const notices = useLab((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="status" aria-label={t('noticeTitle')}>
      <strong>{t('noticeTitle')}</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(KEY[n.kind], { param: n.param, given: n.given, used: n.used })}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        {t('dismiss')}
      </button>
    </section>
  );
}
