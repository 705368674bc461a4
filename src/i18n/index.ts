import { en, type Messages } from './en.ts';

export type { Messages };
export type MessageKey = keyof Messages;
export type Lang = 'en' | 'ko';

/**
 * The messages of each language loaded so far. English is in the initial script; Korean is its own
 * chunk (~12 kB gzip), loaded by `loadMessages` before the page shows it (initial JS budget, DESIGN §9).
 * Until then `MESSAGES.ko` is the English text, so nothing ever reads a missing key.
 */
export const MESSAGES: Record<Lang, Messages> = { en, ko: en };

const loaded = new Set<Lang>(['en']);

/** True once `lang`'s own messages are in MESSAGES. */
export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Puts a language's messages in place (the loader below; tests register Korean up front). */
export function registerMessages(lang: Lang, messages: Messages): void {
  MESSAGES[lang] = messages;
  loaded.add(lang);
}

/** Loads a language's messages once; resolves when MESSAGES[lang] holds them. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  if (lang === 'ko') registerMessages('ko', (await import('./ko.ts')).ko);
}

/** Fills {name} placeholders of a message. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
