import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from '../../../i18n/index.ts';
import type { ViewId } from '../../../state/lessons.ts';
import { currentQuery } from '../../../state/actions.ts';
import { useLab } from '../../../state/store.ts';
import { useT } from '../../ui/useT.ts';
import { historyCsv } from './csv.ts';
import { downloadBlob, fileStem } from '../../ui/download.ts';
import { exportJson } from './json.ts';
import { viewToPng } from './png.ts';
import { withEveryPixel } from '../../ui/inSight.ts';
import { settleViews } from '../../ui/useFrame.ts';

/** Views a PNG can be made of, by their `data-view` attribute, in page order. */
export const EXPORT_VIEWS = ['boundary', 'network', 'gradients', 'curves', 'health', 'numbers'] as const satisfies readonly ViewId[];

function presentViews(): string[] {
  return EXPORT_VIEWS.filter((v) => document.querySelector(`[data-view="${v}"]`) !== null);
}

/** Downloads: a PNG of a chosen view, CSV of curves and gradient norms, JSON of configuration and history. */
export function ExportPanel() {
  const t = useT();
  const [views, setViews] = useState<string[]>([]);
  const [view, setView] = useState<string>('boundary');
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => setViews(presentViews()), []);
  useEffect(refresh, [refresh]);
  const chosen = views.includes(view) ? view : (views[0] ?? '');
  const stem = () => {
    const s = useLab.getState();
    return fileStem(s.lessonId, s.step);
  };
  const png = async () => {
    const el = document.querySelector<HTMLElement>(`[data-view="${chosen}"]`);
    if (!el) return;
    setBusy(true);
    try {
      // Views out of sight redraw seldom and their canvases wait while training (ui/inSight.ts): all drawn from the
      // newest data first, so the picture is of now.
      const blob = await withEveryPixel(() => {
        settleViews();
        return viewToPng(el);
      });
      downloadBlob(blob, `${stem()}-${chosen}.png`);
    } finally {
      setBusy(false);
    }
  };
  const csv = () => {
    const s = useLab.getState();
    downloadBlob(new Blob([historyCsv(s.runs, s.history, s.members)], { type: 'text/csv' }), `${stem()}.csv`);
  };
  const json = () => {
    const s = useLab.getState();
    const text = exportJson(s, currentQuery(s), new Date().toISOString());
    downloadBlob(new Blob([text], { type: 'application/json' }), `${stem()}.json`);
  };
  return (
    <fieldset className="export">
      <legend>{t('views.export.title')}</legend>
      <div className="knob-row">
        <label htmlFor="export-view">{t('views.export.view')}</label>
        <select id="export-view" value={chosen} onFocus={refresh} onPointerDown={refresh} onChange={(e) => setView(e.target.value)}>
          {views.map((v) => (
            <option key={v} value={v}>
              {t(`views.view.${v}` as MessageKey)}
            </option>
          ))}
        </select>
        <button type="button" onClick={png} disabled={busy || chosen === ''} data-testid="export-png">
          {t('views.export.png')}
        </button>
      </div>
      <div className="knob-row">
        <button type="button" onClick={csv} data-testid="export-csv">
          {t('views.export.csv')}
        </button>
        <button type="button" onClick={json} data-testid="export-json">
          {t('views.export.json')}
        </button>
      </div>
    </fieldset>
  );
}
