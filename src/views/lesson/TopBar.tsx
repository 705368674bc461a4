import { useT } from '../useT.ts';

/** The page header: title and tagline (lesson picker, language and presenter switches join it). */
export function TopBar() {
  const t = useT();
  return (
    <header className="top-bar">
      <h1>{t('appTitle')}</h1>
      <p>{t('tagline')}</p>
    </header>
  );
}
