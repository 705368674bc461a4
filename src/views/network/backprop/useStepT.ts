import { format } from '../../../i18n/index.ts';
import { backpropStepsEn } from '../../../i18n/parts/backpropSteps.en.ts';
import { backpropStepsKo } from '../../../i18n/parts/backpropSteps.ko.ts';
import { useLab } from '../../../state/store.ts';

/** A key of the step-through's own texts (loaded with it, not in the page's catalog). */
export type StepKey = keyof typeof backpropStepsEn;
/** The step-through's translate function: a key and its {placeholders} to text. */
export type StepT = (key: StepKey, params?: Record<string, string | number>) => string;

const MESSAGES = { en: backpropStepsEn, ko: backpropStepsKo } as const;

/** The step-through's texts in the page's language. */
export function useStepT(): StepT {
  const lang = useLab((s) => s.lang);
  const m: Record<StepKey, string> = MESSAGES[lang];
  return (key, params) => format(m[key], params);
}
