/**
 * Why own data could not be read. `line` counts from 1 as an editor shows it; `value` is the offending text.
 * Views translate `code`; `describeError` gives the English sentence used in console warnings and tests.
 */
export type OwnDataError =
  | { code: 'empty' }
  | { code: 'columns'; line: number; count: number }
  | { code: 'notNumber'; line: number; value: string }
  | { code: 'oneClass'; value: string }
  | { code: 'tooManyClasses'; count: number; value: string }
  | { code: 'badSplit'; line: number; value: string }
  | { code: 'noTrain' }
  | { code: 'tooManyRows'; count: number; max: number }
  | { code: 'fileTooBig'; bytes: number; max: number }
  | { code: 'notJson' }
  | { code: 'otherApp'; value: string }
  | { code: 'otherVersion'; value: string }
  | { code: 'badData'; value: string }
  | { code: 'badLink'; value: string };

export type OwnDataErrorCode = OwnDataError['code'];

/** An English sentence naming the line or the reason. */
export function describeError(e: OwnDataError): string {
  switch (e.code) {
    case 'empty':
      return 'there are no data rows';
    case 'columns':
      return `line ${e.line} has ${e.count} columns; expected x,y,label or x,y,label,split`;
    case 'notNumber':
      return `line ${e.line}: ${JSON.stringify(e.value)} is not a number`;
    case 'oneClass':
      return `every point has the label ${JSON.stringify(e.value)}: at least two classes are needed`;
    case 'tooManyClasses':
      return `${e.count} different labels (${e.value}): at most 3 classes`;
    case 'badSplit':
      return `line ${e.line}: split ${JSON.stringify(e.value)} is neither train nor val`;
    case 'noTrain':
      return 'no point is marked train';
    case 'tooManyRows':
      return `${e.count} rows: at most ${e.max}`;
    case 'fileTooBig':
      return `the file has ${e.bytes} bytes: at most ${e.max}`;
    case 'notJson':
      return 'the file is not JSON';
    case 'otherApp':
      return `the file comes from another app (${e.value})`;
    case 'otherVersion':
      return `the file comes from another version of this app (format ${e.value})`;
    case 'badData':
      return `the data is not usable: ${e.value}`;
    case 'badLink':
      return `the data in the link is not usable: ${e.value}`;
  }
}
