import { useEffect } from 'react';
import { useLab } from '../state/store.ts';
import { LiveNumbers } from './LiveNumbers.tsx';
import { Notices } from './Notices.tsx';
import { Transport } from './Transport.tsx';
import { useT } from './useT.ts';
import { WorkerError } from './WorkerError.tsx';

/** The whole lab page. */
export function App() {
  const t = useT();
  const lang = useLab((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="app">
      <header>
        <h1>{t('appTitle')}</h1>
        <p>{t('tagline')}</p>
      </header>
      <main>
        <Notices />
        <WorkerError />
        <Transport />
        <LiveNumbers />
      </main>
    </div>
  );
}
