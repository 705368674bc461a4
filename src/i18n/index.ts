import { en, type Messages } from './en.ts';
import { ko } from './ko.ts';

export type { Messages };
export type MessageKey = keyof Messages;

export const MESSAGES: Record<'en' | 'ko', Messages> = { en, ko };

/** Fills {name} placeholders of a message. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
