import { format, MESSAGES, type MessageKey } from '../i18n/index.ts';
import { useLab } from '../state/store.ts';

/** The current language's messages as a function: t('play'), t('divergedLoss', { step: 3 }). */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useLab((s) => s.lang);
  const m = MESSAGES[lang];
  return (key, params) => format(m[key], params);
}
