import { useState } from 'react';
import { groupLabelKey } from '../../state/knobs.ts';
import { useT } from '../ui/useT.ts';
import type { KnobGroup } from './groups.ts';
import { KnobControl } from './KnobControl.tsx';

/** Groups start open on wide screens and folded on phones (and in embeds), so the charts come first there. */
function startsOpen(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(min-width: 52rem)').matches;
}

/** A foldable group of related knobs (data, network, training, regularisation). */
export function KnobGroupFieldset({ group }: { group: KnobGroup }) {
  const t = useT();
  const [open, setOpen] = useState(startsOpen);
  const title = t(groupLabelKey(group.name));
  return (
    <details className="knob-group" data-group={group.name} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      <fieldset aria-label={title}>
        {group.knobs.map((k) => (
          <KnobControl key={k} knob={k} />
        ))}
      </fieldset>
    </details>
  );
}
