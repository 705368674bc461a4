import { useEffect, useMemo, useRef, useState } from 'react';
import { watchImages } from '../../state/images.ts';
import { runLabel } from '../../state/runLabel.ts';
import { derivedOf } from '../../state/series.ts';
import { useLab } from '../../state/store.ts';
import { FocusCue } from '../ui/FocusCue.tsx';
import { InSight, outOfSight, useInSight, watchSight } from '../ui/inSight.ts';
import { formatPercent } from '../ui/percent.ts';
import { useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';
import { SegmentedSwitch } from '../ui/SegmentedSwitch.tsx';
import { ConfusionTable } from './ConfusionTable.tsx';
import { DrawPad } from './DrawPad.tsx';
import { FirstLayer } from './FirstLayer.tsx';
import { Gallery } from './Gallery.tsx';
import { GalleryText, FirstLayerText } from './ImageTexts.tsx';
import { confusionTable, galleryItems } from './imageData.ts';
import { imageT } from './imageText.ts';
import './images.css';

/**
 * The image views of the digits, in the place of the decision boundaries (data-view "boundary"): the validation
 * gallery with every run's guess, one run's confusion matrix and first-layer weights, and a pad to draw a digit on.
 * Image statistics are asked of the workers only while the panel is in sight.
 */
export function ImagesPanel() {
  const tMain = useT();
  const lang = useLab((s) => s.lang);
  const t = useMemo(() => imageT(lang), [lang]);
  const box = useRef<HTMLElement>(null);
  const lab = useFrame(250, box);
  const inSight = useInSight(box);
  const runs = useMemo(() => lab.runs.filter((r) => r.config.dataset === 'digits'), [lab.runs]);
  const [chosen, setChosen] = useState('A');
  const run = runs.find((r) => r.id === chosen) ?? runs[0];
  const runIndex = run ? lab.runs.indexOf(run) : 0;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let on = false;
    const set = (v: boolean) => {
      if (v === on) return;
      on = v;
      watchImages(v);
    };
    set(true);
    const unwatch = watchSight(el, () => set(!outOfSight(el)));
    return () => {
      unwatch();
      set(false);
    };
  }, []);

  const reports = useMemo(() => runs.map((r) => lab.images[r.id]), [runs, lab.images]);
  const items = useMemo(() => (runs[0] ? galleryItems(runs[0].val.labels, reports) : []), [runs, reports]);
  const report = run ? lab.images[run.id] : undefined;
  const table = useMemo(() => (report ? confusionTable(report.confusion) : null), [report]);
  const valAcc = (id: string) => derivedOf(lab, id).last?.valAcc ?? NaN;
  // tMain is a new function every render; the labels change with the language, the runs and the comparison only.
  const labels = useMemo(() => runs.map((r) => runLabel(tMain, lab.comparison, lab.runs.indexOf(r))), [runs, lab.comparison, lab.runs, lang]);
  const ids = useMemo(() => runs.map((r) => r.id), [runs]);

  return (
    <section ref={box} className="panel images-panel" data-view="boundary" data-images="" aria-labelledby="images-title">
      <div className="panel-head">
        <h2 id="images-title">{t('title')}<FocusCue view="boundary" /></h2>
      </div>
      {runs.length === 0 ? (
        <p>{t('noRuns')}</p>
      ) : (
        <InSight value={inSight}>
          <div className="images-grid">
            <figure className="images-part images-gallery-part">
              <h3>{t('gallery.title')}</h3>
              <Gallery x={runs[0].val.x} items={items} runs={runs.length} label={t('gallery.label', { n: items.length })} />
              <figcaption>
                <GalleryText items={items} runs={ids} labels={labels} t={t} />
                <small className="images-credit" data-testid="digits-credit">{tMain('digits.credit')}</small>
              </figcaption>
            </figure>
            <div className="images-part">
              <h3>{t('pad.title')}</h3>
              <DrawPad runs={runs} probs={lab.imageProbs} step={lab.step} t={t} />
            </div>
            <div className="images-part images-run-part">
              <SegmentedSwitch
                legend={t('chooseRun')}
                options={runs.map((r) => ({ value: r.id, label: `${r.id} · ${formatPercent(tMain, valAcc(r.id), 1)}` }))}
                value={run?.id ?? 'A'}
                onChange={setChosen}
              />
              <figure>
                <h3>{t('first.title', { run: run?.id ?? '' })}</h3>
                <FirstLayer
                  W={report?.firstLayer.W ?? null}
                  units={report?.firstLayer.units ?? 0}
                  label={t('first.label', { units: report?.firstLayer.units ?? 0, run: run?.id ?? '' })}
                />
                <figcaption>
                  <span className="images-note">{t('first.legend')}</span>
                  <FirstLayerText report={report} t={t} />
                </figcaption>
              </figure>
            </div>
            <div className="images-part images-confusion-part" data-run-index={runIndex}>
              <h3>{t('confusion.title', { run: run?.id ?? '' })}</h3>
              {table && run ? (
                <ConfusionTable table={table} run={run.id} share={formatPercent(tMain, table.total ? table.correct / table.total : NaN, 1)} t={t} />
              ) : (
                <p>{t('gallery.none')}</p>
              )}
            </div>
          </div>
        </InSight>
      )}
    </section>
  );
}
