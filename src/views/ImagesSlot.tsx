import { lazy, Suspense } from 'react';
import { useLab } from '../state/store.ts';
import { BoundaryPanel } from './boundary/BoundaryPanel.tsx';

// The image views (and their texts) load only when the data set is the digits: the initial script stays in budget.
const ImagesPanel = lazy(() => import('./images/ImagesPanel.tsx').then((m) => ({ default: m.ImagesPanel })));

/** The decision boundaries, or on the digits (where a 2-D boundary means nothing) the image views in their place. */
export function BoundaryOrImages() {
  const digits = useLab((s) => s.config.dataset === 'digits');
  if (!digits) return <BoundaryPanel />;
  return (
    <Suspense fallback={<section className="panel images-panel" data-view="boundary" aria-busy="true" />}>
      <ImagesPanel />
    </Suspense>
  );
}
