// The app loads Korean texts on demand (their own chunk); unit tests render both languages, so register both up front.
import { registerMessages } from '../../src/i18n/index.ts';
import { ko } from '../../src/i18n/ko.ts';

registerMessages('ko', ko);
