import { useId, useMemo, useState } from 'react';
import type { DatasetName } from '../../protocol.ts';
import { currentQuery } from '../../state/actions.ts';
import { KNOBS, optionKey } from '../../state/knobs.ts';
import { loadOwnData, undoOwnData } from '../../state/ownDataActions.ts';
import { clearOwnData, openExport, setOwnClasses, startOwnFrom } from '../../state/ownDataEdit.ts';
import { MAX_ROWS, MAX_URL_POINTS, type Split } from '../../state/ownData/types.ts';
import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';
import { readCsvText, readFile, type ReadResult } from './ownFiles.ts';
import { OwnSurface } from './OwnSurface.tsx';
import { errorText, summaryText } from './ownText.ts';

const BUILT_IN = (KNOBS.dataset.kind === 'enum' ? KNOBS.dataset.options : []).filter((d) => d !== 'own' && d !== 'digits') as DatasetName[];

/** The own-data editor under the boundaries: draw, start from a set, paste/upload/drop a CSV or a JSON export, share the link. */
export function OwnDataEditor() {
  const t = useT();
  const id = useId();
  const data = useLab((s) => s.ownData);
  const undoable = useLab((s) => s.ownUndo.length > 0);
  const config = useLab((s) => s.config);
  const boundary = useLab((s) => s.boundary);
  const firstRun = useLab((s) => s.runs[0]?.id ?? null);
  const [label, setLabel] = useState(0);
  const [split, setSplit] = useState<Split>('train');
  const [from, setFrom] = useState<DatasetName>(config.dataset === 'own' ? 'circles' : config.dataset);
  const [csv, setCsv] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [longCsv, setLongCsv] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const classes = data?.classes ?? 2;
  const own = config.dataset === 'own';
  const b = boundary?.predictions[0];
  const backdrop = useMemo(() => (own && b && boundary ? { probs: b.probs, outputs: b.outputs, grid: boundary.grid } : null), [own, b, boundary]);
  const train = data?.points.filter((p) => p.split === 'train').length ?? 0;

  const take = (r: ReadResult) => {
    setLongCsv(null);
    setLink(null);
    if (r.kind === 'error') {
      setStatus({ ok: false, text: t('own.failed', { reason: errorText(t, r.error) }) });
      if (r.text) setLongCsv(r.text);
      return;
    }
    if (r.kind === 'export' && !openExport(r.value)) {
      setStatus({ ok: false, text: t('course.importLocked') });
      return;
    }
    if (r.kind === 'data') loadOwnData(r.data, { fitN: true });
    const n = r.kind === 'export' ? (r.value.data?.points.length ?? 0) : r.data.points.length;
    setStatus({ ok: true, text: t('own.loaded', { n }) });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ ok: true, text: t('own.reading', { name: file.name }) });
    take(await readFile(file, config.seed));
  };
  const copyLink = async () => {
    if (data && data.points.length > MAX_URL_POINTS) {
      setLink(null);
      setStatus({ ok: false, text: t('own.linkTooBig', { max: MAX_URL_POINTS, n: data.points.length }) });
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}?${currentQuery()}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ ok: true, text: t('own.linkCopied') });
    } catch {
      setStatus({ ok: true, text: t('own.linkShown') });
    }
  };

  return (
    <section
      id="own-editor"
      className={`own-editor${dragging ? ' dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="own-editor"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void onFile(e.dataTransfer.files[0]);
      }}
    >
      <h3 id={`${id}-title`}>{t('own.editorTitle')}</h3>
      <p className="hint">{t('own.intro')}</p>
      <div className="own-tools">
        <label>
          {t('own.classes')}{' '}
          <select value={classes} onChange={(e) => setOwnClasses(e.target.value === '3' ? 3 : 2)}>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </label>
        <fieldset className="own-choice">
          <legend>{t('own.class')}</legend>
          {Array.from({ length: classes }, (_, k) => (
            <label key={k}>
              <input type="radio" name={`${id}-class`} checked={label === k} onChange={() => setLabel(k)} /> {t('own.className', { n: k })}
            </label>
          ))}
        </fieldset>
        <fieldset className="own-choice">
          <legend>{t('own.drawAs')}</legend>
          <label>
            <input type="radio" name={`${id}-split`} checked={split === 'train'} onChange={() => setSplit('train')} /> {t('own.drawTrain')}
          </label>
          <label>
            <input type="radio" name={`${id}-split`} checked={split === 'val'} onChange={() => setSplit('val')} /> {t('own.drawVal')}
          </label>
        </fieldset>
        <div className="own-buttons">
          <button type="button" onClick={undoOwnData} disabled={!undoable}>
            {t('own.undo')}
          </button>
          <button type="button" onClick={clearOwnData} disabled={!data || data.points.length === 0}>
            {t('own.clear')}
          </button>
        </div>
        <div className="own-buttons">
          <label>
            {t('own.startFrom')}{' '}
            <select value={from} onChange={(e) => setFrom(e.target.value as DatasetName)}>
              {BUILT_IN.map((d) => (
                <option key={d} value={d}>
                  {t(optionKey('dataset', d))}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => startOwnFrom(from)}>
            {t('own.startButton')}
          </button>
        </div>
      </div>
      <OwnSurface
        data={data}
        backdrop={backdrop}
        label={label < classes ? label : 0}
        split={split}
        onLabel={setLabel}
        onSplit={setSplit}
        describedBy={`${id}-summary`}
      />
      <p id={`${id}-summary`} aria-live="polite" data-testid="own-summary">
        {summaryText(t, data)}{' '}
        {own ? t('own.nUsed', { used: Math.min(train, config.trainSize), n: config.trainSize }) : ''}
      </p>
      {backdrop && firstRun && <p className="hint">{t('own.backdrop', { run: firstRun })}</p>}
      {own && train === 0 && <p className="hint">{t('own.noTrain')}</p>}
      {data?.rescale && (
        <p data-testid="own-rescaled">
          {t('own.rescaled', { ox: +data.rescale.offsetX.toPrecision(4), oy: +data.rescale.offsetY.toPrecision(4), s: +data.rescale.scale.toPrecision(4) })}
        </p>
      )}
      {data?.names && <p>{t('own.names', { names: data.names.map((n, k) => `${k} = ${n}`).join(', ') })}</p>}
      <div className="own-csv">
        <label htmlFor={`${id}-csv`}>{t('own.csvLabel')}</label>
        <textarea id={`${id}-csv`} rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
        <div className="own-buttons">
          <button type="button" onClick={() => take(readCsvText(csv, config.seed))}>
            {t('own.csvLoad')}
          </button>
          <label className="own-file">
            {t('own.csvFile')}{' '}
            <input type="file" accept=".csv,.txt,.json,text/csv,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
        </div>
        <p className="hint">{t('own.drop')}</p>
      </div>
      <div role="status" data-testid="own-status" className={status && !status.ok ? 'own-error' : undefined}>
        {status?.text}
        {longCsv !== null && (
          <button type="button" onClick={() => take(readCsvText(longCsv, config.seed, true))}>
            {t('own.firstRows', { max: MAX_ROWS.toLocaleString('en-US') })}
          </button>
        )}
      </div>
      <div className="own-buttons">
        <button type="button" onClick={() => void copyLink()}>
          {t('own.copyLink')}
        </button>
      </div>
      {link && (
        <label className="own-link">
          {t('own.linkLabel')}
          <input type="text" readOnly value={link} data-testid="own-link" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
