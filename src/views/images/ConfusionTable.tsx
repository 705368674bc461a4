import { memo } from 'react';
import type { ImageT } from './imageText.ts';
import type { ConfusionTable as Table } from './imageData.ts';

/** One run's confusion matrix as a table: rows the true class, columns the guess, each cell shaded by its share of its row. */
export const ConfusionTable = memo(function ConfusionTable({ table, run, share, t }: { table: Table; run: string; share: string; t: ImageT }) {
  return (
    <table className="images-confusion" data-testid="confusion" data-run={run}>
      <caption>{t('confusion.caption', { run, correct: table.correct, total: table.total, share })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('confusion.true')} \ {t('confusion.guess')}</th>
          {table.rows.map((_, c) => <th key={c} scope="col">{c}</th>)}
          <th scope="col">{t('confusion.total')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            <th scope="row">{r}</th>
            {row.map((n, c) => {
              const f = table.rowTotals[r] ? n / table.rowTotals[r] : 0;
              // Right guesses in blue, wrong ones in vermilion (Okabe–Ito), as strong as their share of the row.
              const bg = n === 0 ? undefined : r === c ? `rgba(0, 114, 178, ${0.15 + 0.6 * f})` : `rgba(213, 94, 0, ${0.2 + 0.6 * f})`;
              return <td key={c} style={bg ? { background: bg } : undefined} className={r === c ? 'diag' : undefined}>{n}</td>;
            })}
            <td className="row-total">{table.rowTotals[r]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
