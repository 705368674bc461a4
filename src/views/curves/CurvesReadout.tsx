import type { HistoryPoint } from '../../protocol.ts';
import { runColor } from '../ui/theme.ts';
import { pointAt } from './curvesData.ts';
import { formatLoss } from '../ui/format.ts';

/** Column headings and caption of the readout, already translated. */
export interface CurvesReadoutTexts {
  caption: string;
  run: string;
  loss: string;
  acc: string;
  train: string;
  val: string;
}

/** Props of the value table under the curves. */
export interface CurvesReadoutProps {
  id: string;
  step: number | null;
  runs: readonly { id: string; index: number; label: string; points: readonly HistoryPoint[] }[];
  formatPct: (v: number) => string;
  texts: CurvesReadoutTexts;
  /** Announce changes (only while a person moves the cursor, not on every training frame). */
  live: boolean;
  /** Narrow panel: one wrapped line per run instead of a five-column table. */
  compact?: boolean;
  /** Show each run's own latest point (a race: the runs are at different steps), not the ones at `step`. */
  latestEach?: boolean;
}

/** Exact train/validation loss and accuracy of every run at one step: a table, or one line per run when narrow. */
export function CurvesReadout({ id, step, runs, formatPct, texts, live, compact = false, latestEach = false }: CurvesReadoutProps) {
  const pointOf = (points: readonly HistoryPoint[]) => (latestEach ? points[points.length - 1] : step === null ? undefined : pointAt(points, step));
  const pct = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : formatPct(v));
  if (compact) {
    return (
      <div className="charts-readout" id={id} aria-live={live ? 'polite' : 'off'} data-testid="curves-readout" data-step={step ?? undefined}>
        <p className="charts-readout-caption">
          {texts.caption} · {texts.train} / {texts.val}
        </p>
        <ul className="charts-readout-list">
          {runs.map((r) => {
            const pt = pointOf(r.points);
            return (
              <li key={r.id} data-run={r.id}>
                <strong>
                  <span className="charts-swatch" style={{ background: runColor(r.index) }} aria-hidden="true" />
                  {r.label}
                </strong>
                <span>
                  {texts.loss} {formatLoss(pt?.trainLoss)} / {formatLoss(pt?.valLoss)}
                </span>
                <span>
                  {texts.acc} {pct(pt?.trainAcc)} / {pct(pt?.valAcc)}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  // The table may scroll sideways in a narrow cell: focusable so keyboard users can scroll it too.
  return (
    <div
      className="charts-readout"
      id={id}
      aria-live={live ? 'polite' : 'off'}
      data-testid="curves-readout"
      data-step={step ?? undefined}
      tabIndex={0}
      role="region"
      aria-label={texts.caption}
    >
      <table>
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={2}>
              {texts.loss}
            </th>
            <th scope="colgroup" colSpan={2}>
              {texts.acc}
            </th>
          </tr>
          <tr>
            <th scope="col">{texts.run}</th>
            <th scope="col">{texts.train}</th>
            <th scope="col">{texts.val}</th>
            <th scope="col">{texts.train}</th>
            <th scope="col">{texts.val}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const pt = pointOf(r.points);
            return (
              <tr key={r.id} data-run={r.id}>
                <th scope="row">
                  <span className="charts-swatch" style={{ background: runColor(r.index) }} aria-hidden="true" />
                  {r.label}
                </th>
                <td>{formatLoss(pt?.trainLoss)}</td>
                <td>{formatLoss(pt?.valLoss)}</td>
                <td>{pct(pt?.trainAcc)}</td>
                <td>{pct(pt?.valAcc)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
