import { useLab } from '../../state/store.ts';
import { ExportPanel } from './export/ExportPanel.tsx';
import { Transport } from './Transport.tsx';
import { useT } from '../ui/useT.ts';
import { CompareControl } from './CompareControl.tsx';
import { SeedsControl } from './SeedsControl.tsx';
import { KNOB_GROUPS, showsControl } from './groups.ts';
import { KnobGroupFieldset } from './KnobGroupFieldset.tsx';
import { SpeedControl } from './SpeedControl.tsx';

/**
 * The settings: speed, comparison, the knob groups and export, as `?controls=` and presenter mode allow. In presenter
 * mode the transport is here too (the lesson column holds it; there is no stage bar); otherwise it is in the stage bar.
 */
export function ControlsPanel() {
  const t = useT();
  const controls = useLab((s) => s.controls);
  const present = useLab((s) => s.present);
  const shows = (n: Parameters<typeof showsControl>[2]) => showsControl(controls, present, n);
  return (
    <aside className="controls" id="lab-settings" aria-label={t('controls.settings')}>
      {present && shows('play') && <Transport />}
      {shows('speed') && <SpeedControl />}
      {shows('compare') && <CompareControl />}
      {shows('compare') && !present && <SeedsControl />}
      {KNOB_GROUPS.filter((g) => shows(g.name)).map((g) => (
        <KnobGroupFieldset key={g.name} group={g} />
      ))}
      {shows('export') && <ExportPanel />}
    </aside>
  );
}
