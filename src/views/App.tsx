import { useEffect } from 'react';
import { useLab } from '../state/store.ts';
import { BoundaryPanel } from './boundary/BoundaryPanel.tsx';
import { CurvesPanel } from './curves/CurvesPanel.tsx';
import { GradientPanel } from './gradients/GradientPanel.tsx';
import { HealthPanel } from './health/HealthPanel.tsx';
import { ControlsPanel } from './controls/ControlsPanel.tsx';
import { EmbedShortcuts } from './lesson/EmbedShortcuts.tsx';
import { LessonArea } from './lesson/LessonArea.tsx';
import { TopBar } from './lesson/TopBar.tsx';
import { LiveNumbers } from './numbers/LiveNumbers.tsx';
import { NarratorBar } from './narrator/NarratorBar.tsx';
import { playEarcon } from './sound/soundOutput.ts';
import { SoundControls } from './sound/SoundControls.tsx';
import { NetworkPanel } from './network/NetworkPanel.tsx';
import { Notices } from './Notices.tsx';
import { UpdateNotice } from './offline/UpdateNotice.tsx';
import { WorkerError } from './WorkerError.tsx';
import { manyRuns } from './ui/viewLayout.ts';

/** The whole lab page: top bar and lesson, then a controls column beside a grid of panels (stacked on phones). */
export function App() {
  const lang = useLab((s) => s.lang);
  const embed = useLab((s) => s.embed);
  const present = useLab((s) => s.present);
  const many = useLab((s) => manyRuns(s.runs.length));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className={`app${embed ? ' embed' : ''}${present ? ' present' : ''}`}>
      {embed ? <EmbedShortcuts /> : <TopBar />}
      <LessonArea />
      <div className="access-bar">
        <NarratorBar onNews={playEarcon} />
        <SoundControls />
      </div>
      <Notices />
      <UpdateNotice />
      <WorkerError />
      <div className="lab">
        <ControlsPanel />
        <main className={`panels${many ? ' many-runs' : ''}`}>
          <LiveNumbers />
          <BoundaryPanel />
          <div className="panel" data-view="gradients">
            <GradientPanel />
          </div>
          <div className="panel" data-view="curves">
            <CurvesPanel />
          </div>
          <div className="panel" data-view="health">
            <HealthPanel />
          </div>
          <NetworkPanel />
        </main>
      </div>
    </div>
  );
}
