import { setLang } from '../../state/actions.ts';
import { useLab } from '../../state/store.ts';
import type { Lang } from '../../state/urlParams.ts';
import { useT } from '../ui/useT.ts';

/** Each language named in itself, so a reader finds theirs whatever the page's language. */
const NAMES: readonly { lang: Lang; name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'ko', name: '한국어' },
];

/** Two toggle buttons, English / 한국어. */
export function LanguageSwitch() {
  const t = useT();
  const current = useLab((s) => s.lang);
  return (
    <div className="lang-switch" role="group" aria-label={t('classroom.language')}>
      {NAMES.map(({ lang, name }) => (
        <button key={lang} type="button" lang={lang} aria-pressed={current === lang} onClick={() => setLang(lang)}>
          {name}
        </button>
      ))}
    </div>
  );
}
