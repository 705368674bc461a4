import type { MessageKey } from '../../i18n/index.ts';
import type { OwnDataError } from '../../state/ownData/errors.ts';
import type { OwnData, Split } from '../../state/ownData/types.ts';
import type { Translate } from '../ui/useT.ts';

/** A reading error in the page's language, naming the line or the reason. */
export function errorText(t: Translate, e: OwnDataError): string {
  const key = `own.err.${e.code}` as MessageKey;
  switch (e.code) {
    case 'fileTooBig':
      return t(key, { mb: (e.bytes / 1e6).toFixed(1), max: Math.round(e.max / 1e6) });
    case 'tooManyRows':
      return t(key, { count: e.count.toLocaleString('en-US'), max: e.max.toLocaleString('en-US') });
    case 'empty':
    case 'noTrain':
    case 'notJson':
      return t(key);
    default:
      return t(key, { ...e });
  }
}

/** "12 training points: 7 class 0, 5 class 1. 4 validation points: 2 class 0, 2 class 1." */
export function summaryText(t: Translate, d: OwnData | null): string {
  const classes = d?.classes ?? 2;
  const part = (split: Split) => {
    const counts = Array.from({ length: classes }, () => 0);
    let n = 0;
    for (const p of d?.points ?? []) {
      if (p.split !== split) continue;
      counts[p.label]++;
      n++;
    }
    const byClass = n === 0 ? t('own.none') : counts.map((c, k) => t('own.byClass', { n: c, c: k })).join(', ');
    return { n, byClass };
  };
  const tr = part('train');
  const va = part('val');
  return t('own.summary', { train: tr.n, trainByClass: tr.byClass, val: va.n, valByClass: va.byClass });
}
