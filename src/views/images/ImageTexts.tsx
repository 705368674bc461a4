import { memo } from 'react';
import type { ImageReport } from '../../protocol.ts';
import { unitExtremes, type GalleryItem } from './imageData.ts';
import type { ImageT } from './imageText.ts';

/** The gallery in words: per run, how many of the shown digits it gets wrong, and its guess for each. */
export const GalleryText = memo(function GalleryText({ items, runs, labels, t }: { items: GalleryItem[]; runs: string[]; labels: string[]; t: ImageT }) {
  if (!items.some((it) => it.guesses.some((g) => g !== null))) return <span className="images-note">{t('gallery.none')}</span>;
  return (
    <details className="images-text">
      <summary>{t('gallery.more')}</summary>
      <ul>
        {runs.map((run, r) => {
          const wrong = items.filter((it) => it.guesses[r] !== null && it.guesses[r] !== it.label).length;
          const list = items.map((it, i) => t('gallery.item', { i: i + 1, label: it.label, guess: it.guesses[r] ?? '—' })).join('; ');
          return (
            <li key={run} data-testid={`gallery-text-${run}`}>
              {t('gallery.list', { run, label: labels[r], wrong, n: items.length, items: list })}
            </li>
          );
        })}
      </ul>
    </details>
  );
});

/** The first layer in words: where each unit's largest positive and negative weights sit. */
export const FirstLayerText = memo(function FirstLayerText({ report, t }: { report: ImageReport | undefined; t: ImageT }) {
  if (!report) return <span className="visually-hidden">{t('first.none')}</span>;
  const { W, units } = report.firstLayer;
  const parts = Array.from({ length: units }, (_, u) => {
    const e = unitExtremes(W, u);
    return t('first.unit', { u: u + 1, r1: e.max[0] + 1, c1: e.max[1] + 1, r2: e.min[0] + 1, c2: e.min[1] + 1, scale: e.scale.toFixed(2) });
  });
  return <span className="visually-hidden">{t('first.text', { units: parts.join('; ') })}</span>;
});
