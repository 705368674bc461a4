import { readExport, parseCsv, MAX_FILE_BYTES, type OwnData, type OwnDataError } from '../../state/ownData/tools.ts';
import type { ImportedExport } from '../../state/ownData/jsonFile.ts';

/** What a dropped, picked or pasted input turned out to be. */
export type ReadResult =
  | { kind: 'data'; data: OwnData }
  | { kind: 'export'; value: ImportedExport }
  | { kind: 'error'; error: OwnDataError; text?: string };

/** Reads CSV text (x,y,label[,split]); `firstRows` takes the first 5,000 rows of a longer one. */
export function readCsvText(text: string, seed: number, firstRows = false): ReadResult {
  const r = parseCsv(text, { seed, firstRows });
  if (r.ok) return { kind: 'data', data: r.data };
  return { kind: 'error', error: r.error, text: r.error.code === 'tooManyRows' ? text : undefined };
}

/** A JSON export (by its name or its first character) or a CSV, refused from its size before it is read. */
export async function readFile(file: File, seed: number): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', error: { code: 'fileTooBig', bytes: file.size, max: MAX_FILE_BYTES } };
  const text = await file.text();
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(text)) {
    const r = readExport(text);
    return r.ok ? { kind: 'export', value: r.value } : { kind: 'error', error: r.error };
  }
  return readCsvText(text, seed);
}
