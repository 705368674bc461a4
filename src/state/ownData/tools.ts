/**
 * Everything own data needs beyond its types and its check, in one chunk loaded on demand (see lazy.ts): pure
 * codecs and helpers, no store and no actions (those are ownDataActions.ts and ownDataEdit.ts).
 */
export * from './types.ts';
export * from './errors.ts';
export { validateOwnData, countSplits, type OwnDataCheck } from './validate.ts';
export { parseCsv, type CsvResult } from './csv.ts';
export { fitIntoExtent } from './rescale.ts';
export { seededSplit } from './split.ts';
export { encodeOwnData, decodeOwnData, fitsInUrl } from './urlCodec.ts';
export { readExport, EXPORT_APP, EXPORT_FORMAT, type ImportedExport } from './jsonFile.ts';
export { ownFromBuiltIn, ownFromConfig, snap } from './builtIn.ts';
export { toWire } from './wire.ts';
