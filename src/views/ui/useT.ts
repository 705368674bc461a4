import { format, MESSAGES, type MessageKey } from '../../i18n/index.ts';
import { useLab } from '../../state/store.ts';

/** A translate function: a message key and its {placeholders} to text. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The current language's messages as a function: t('play'), t('divergedLoss', { step: 3 }). */
export function useT(): Translate {
  const lang = useLab((s) => s.lang);
  const m = MESSAGES[lang];
  return (key, params) => format(m[key], params);
}
