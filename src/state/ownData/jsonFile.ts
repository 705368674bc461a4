import type { OwnDataError } from './errors.ts';
import type { OwnData } from './types.ts';
import { validateOwnData } from './validate.ts';

/** The JSON export's `app` and `format` this version writes and reads. */
export const EXPORT_APP = 'backprop-lab';
export const EXPORT_FORMAT = 1;

/** What an imported export restores: the query string of its configuration, and its own data if it had any. */
export interface ImportedExport {
  query: string;
  data: OwnData | null;
}

/** Reads the text of a JSON export (views/export/json.ts writes it). Other apps, versions and broken data are errors. */
export function readExport(text: string): { ok: true; value: ImportedExport } | { ok: false; error: OwnDataError } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, error: { code: 'otherApp', value: typeof doc } };
  const d = doc as Record<string, unknown>;
  if (d.app !== EXPORT_APP) return { ok: false, error: { code: 'otherApp', value: String(d.app ?? 'no app field').slice(0, 40) } };
  if (d.format !== EXPORT_FORMAT) return { ok: false, error: { code: 'otherVersion', value: String(d.format ?? 'none').slice(0, 20) } };
  if (typeof d.query !== 'string') return { ok: false, error: { code: 'badData', value: 'query is missing' } };
  if (d.data === undefined || d.data === null) return { ok: true, value: { query: d.query, data: null } };
  const check = validateOwnData(d.data);
  if (!check.ok) return { ok: false, error: { code: 'badData', value: check.reason } };
  return { ok: true, value: { query: d.query, data: check.data } };
}
