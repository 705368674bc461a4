import { Fragment, useEffect, type ReactNode } from 'react';
import { selectFocus } from '../state/horizon.ts';
import type { ViewId } from '../state/lessons.ts';
import { useLab } from '../state/store.ts';
import { CurvesPanel } from './curves/CurvesPanel.tsx';
import { GradientPanel } from './gradients/GradientPanel.tsx';
import { HealthPanel } from './health/HealthPanel.tsx';
import { ControlsPanel } from './controls/ControlsPanel.tsx';
import { EmbedShortcuts } from './lesson/EmbedShortcuts.tsx';
import { LessonArea } from './lesson/LessonArea.tsx';
import { StageBar } from './StageBar.tsx';
import { TopBar } from './lesson/TopBar.tsx';
import { MakerButton } from './maker/MakerButton.tsx';
import { LiveNumbers } from './numbers/LiveNumbers.tsx';
import { ComputeTable } from './numbers/ComputeTable.tsx';
import { NarratorBar } from './narrator/NarratorBar.tsx';
import { playEarcon } from './sound/soundOutput.ts';
import { SoundControls } from './sound/SoundControls.tsx';
import { NetworkPanel } from './network/NetworkPanel.tsx';
import { LazyOutcomePanel } from './outcome/LazyOutcomePanel.tsx';
import { Notices } from './Notices.tsx';
import { BoundaryOrImages } from './ImagesSlot.tsx';
import { UpdateNotice } from './offline/UpdateNotice.tsx';
import { WorkerError } from './WorkerError.tsx';
import { manyRuns } from './ui/viewLayout.ts';

/** Every view, in the order the page shows those the lesson does not name: the charts, then the tables. */
const VIEWS: readonly [ViewId, () => ReactNode][] = [
  ['boundary', () => <BoundaryOrImages />],
  [
    'gradients',
    () => (
      <div className="panel" data-view="gradients">
        <GradientPanel />
      </div>
    ),
  ],
  [
    'curves',
    () => (
      <div className="panel" data-view="curves">
        <CurvesPanel />
      </div>
    ),
  ],
  // Shown only over several seeds and one ordered knob (it renders nothing otherwise).
  ['outcome', () => <LazyOutcomePanel />],
  [
    'health',
    () => (
      <div className="panel" data-view="health">
        <HealthPanel />
      </div>
    ),
  ],
  ['network', () => <NetworkPanel />],
  ['numbers', () => <LiveNumbers />],
  ['compute', () => <ComputeTable />],
];

const VIEW_OF = new Map(VIEWS);

/** The views in page order: the lesson's focus views first, in its order, then the others. */
export function viewOrder(focus: readonly ViewId[]): ViewId[] {
  const rest = VIEWS.map(([id]) => id).filter((id) => !focus.includes(id));
  return [...focus, ...rest];
}

/**
 * The whole lab page. Under the top bar, two columns: on the left the lesson (title, what to look for, the
 * prediction and what happened), the narrator and the settings; on the right the stage, its bar (Play, Step,
 * Reset, the counters; it sticks to the top of the screen) over the views: the lesson's focus views first, the
 * tables last. On a phone one column, in the page's reading order: the lesson, the stage, the narrator, the settings.
 */
export function App() {
  const lang = useLab((s) => s.lang);
  const embed = useLab((s) => s.embed);
  const present = useLab((s) => s.present);
  const many = useLab((s) => manyRuns(s.runs.length));
  const focus = useLab(selectFocus);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const order = viewOrder(focus);
  return (
    <div className={`app${embed ? ' embed' : ''}${present ? ' present' : ''}`}>
      {embed ? <EmbedShortcuts /> : <TopBar tools={<MakerButton />} />}
      <Notices />
      <UpdateNotice />
      <WorkerError />
      <div className={`lab focus-${focus.length}`} data-focus={focus.join(' ')}>
        <LessonArea />
        <main className="stage">
          <StageBar />
          <div className={`panels${many ? ' many-runs' : ''}`}>
            {order.map((id) => (
              <Fragment key={id}>{VIEW_OF.get(id)!()}</Fragment>
            ))}
          </div>
        </main>
        <div className="access-bar">
          <NarratorBar onNews={playEarcon} />
          <SoundControls />
        </div>
        <ControlsPanel />
      </div>
    </div>
  );
}

