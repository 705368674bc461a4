import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { isLocked } from '../../state/lock.ts';
import { loadOwnDataTools } from '../../state/ownData/lazy.ts';
import { useLab } from '../../state/store.ts';
import { derivedOf } from '../../state/series.ts';
import { useFrame } from '../ui/useFrame.ts';
import { runLabel } from '../../state/runLabel.ts';
import { useT } from '../ui/useT.ts';
import { formatPercent } from '../ui/percent.ts';
import { BoundaryCanvas } from './BoundaryCanvas.tsx';
import { BoundaryLegend } from './BoundaryLegend.tsx';
import { Checkbox } from '../ui/Choice.tsx';
import { RunSwatch } from '../ui/RunSwatch.tsx';
import { wrongSide, type WrongSide } from './wrongSide.ts';
import { viewLayout } from '../ui/viewLayout.ts';
import { InSight, useInSight } from '../ui/inSight.ts';
import { FocusCue } from '../ui/FocusCue.tsx';

// The editor (drawing, CSV, files, link) and the own-data tools load when it is first opened.
const OwnDataEditor = lazy(() => loadOwnDataTools().then(() => import('./OwnDataEditor.tsx')).then((m) => ({ default: m.OwnDataEditor })));

/** Decision boundaries of every run side by side, with training and validation points, a legend and accuracies in words. */
export function BoundaryPanel() {
  const t = useT();
  // The boundaries change a few times a second; the accuracies in words would be a blur at 60 Hz.
  const box = useRef<HTMLElement>(null);
  const lab = useFrame(250, box);
  const { runs, boundary, comparison } = lab;
  const storeGrid = lab.grid;
  const acc = runs.flatMap((r) => {
    const last = derivedOf(lab, r.id).last;
    return [last?.trainAcc ?? NaN, last?.valAcc ?? NaN];
  });
  const [showTrain, setShowTrain] = useState(true);
  const [showVal, setShowVal] = useState(true);
  const [editing, setEditing] = useState(false);
  // The teacher locked the data set: the points are theirs, and the editor (which trains on own data) is not offered.
  const dataLocked = useLab((s) => isLocked(s, 'dataset'));
  const inSight = useInSight(box);
  const grid = boundary?.grid ?? storeGrid;
  const classes = runs.reduce((m, r) => Math.max(m, r.classes), 2);
  // Counted once per boundary message (a few per second), not per render.
  const wrong = useMemo(
    () =>
      runs.map((r) => {
        const b = boundary?.predictions.find((x) => x.id === r.id);
        if (!b || !boundary) return null;
        return { train: wrongSide(b.probs, b.outputs, boundary.grid, r.train, r.classes), val: wrongSide(b.probs, b.outputs, boundary.grid, r.val, r.classes) };
      }),
    [runs, boundary],
  );
  const classList = (w: WrongSide) =>
    w.total.map((total, k) => t('browse.boundary.class', { n: w.wrong[k], total, k })).join(', ');
  return (
    // Presenter mode hides the options, and many runs can overflow the box, which then scrolls: focusable, so the keyboard can scroll it.
    <section ref={box} className="panel boundary-panel" data-view="boundary" aria-labelledby="boundary-title" tabIndex={viewLayout(lab.present, runs.length).boxTabIndex}>
      <div className="panel-head">
        <h2 id="boundary-title">{t('views.boundary.title')}<FocusCue view="boundary" /></h2>
        <div className="panel-options">
          <label>
            <Checkbox checked={showTrain} onPick={setShowTrain} /> {t('views.boundary.showTrain')}
          </label>
          <label>
            <Checkbox checked={showVal} onPick={setShowVal} /> {t('views.boundary.showVal')}
          </label>
          {!dataLocked && (
            <button type="button" className="own-toggle" aria-expanded={editing} aria-controls="own-editor" onClick={() => setEditing(!editing)}>
              {editing ? t('own.close') : t('own.open')}
            </button>
          )}
        </div>
      </div>
      <InSight value={inSight}>
      <div className={`boundary-runs runs-${Math.min(runs.length, 4)}`}>
        {grid &&
          runs.map((r, i) => {
            const label = runLabel(t, comparison, i);
            const caption = t('views.boundary.caption', { run: r.id, val: formatPercent(t, acc[2 * i + 1], 1), train: formatPercent(t, acc[2 * i], 1) });
            return (
              <figure key={r.id} className="boundary-run" data-run={r.id}>
                <h3>
                  <RunSwatch index={i} /> {label}
                </h3>
                <BoundaryCanvas
                  label={`${label}. ${caption}`}
                  scene={{
                    probs: boundary?.predictions.find((b) => b.id === r.id)?.probs ?? null,
                    outputs: boundary?.predictions.find((b) => b.id === r.id)?.outputs ?? 1,
                    grid,
                    train: r.train,
                    val: r.val,
                    showTrain,
                    showVal,
                  }}
                />
                <figcaption>
                  {caption}
                  <span className="visually-hidden" data-testid={`boundary-wrong-${r.id}`}>
                    {' '}
                    {wrong[i]
                      ? t('browse.boundary.wrong', { run: label, train: classList(wrong[i].train), val: classList(wrong[i].val) })
                      : t('browse.boundary.none')}
                  </span>
                </figcaption>
              </figure>
            );
          })}
      </div>
      </InSight>
      <BoundaryLegend classes={classes} />
      {editing && !dataLocked && (
        <Suspense fallback={<p role="status">{t('own.loading')}</p>}>
          <OwnDataEditor />
        </Suspense>
      )}
    </section>
  );
}
