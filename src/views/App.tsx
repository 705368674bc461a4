import { useEffect } from 'react';
import { useLab } from '../state/store.ts';
import { LessonArea } from './lesson/LessonArea.tsx';
import { TopBar } from './lesson/TopBar.tsx';
import { LiveNumbers } from './LiveNumbers.tsx';
import { Notices } from './Notices.tsx';
import { Transport } from './Transport.tsx';
import { WorkerError } from './WorkerError.tsx';

/** The whole lab page. */
export function App() {
  const lang = useLab((s) => s.lang);
  const embed = useLab((s) => s.embed);
  const present = useLab((s) => s.present);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className={`app${embed ? ' embed' : ''}${present ? ' present' : ''}`}>
      {!embed && <TopBar />}
      <LessonArea />
      <main>
        <Notices />
        <WorkerError />
        <Transport />
        <LiveNumbers />
      </main>
    </div>
  );
}
