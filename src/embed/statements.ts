import { hasMessages, MESSAGES, type Lang, type MessageKey } from '../i18n/index.ts';
import type { LearningEvent } from './learning.ts';

/** ADL's verb IRIs, one per learning event. */
export const VERBS = {
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  interacted: 'http://adlnet.gov/expapi/verbs/interacted',
} as const;

/** ADL's activity types: a lesson, and its predict-first question (a choice interaction). */
export const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Extension keys (IRIs, stable wherever the lab is served): the step, the knob and its new value. */
export const EXTENSIONS = {
  step: 'urn:backprop-lab:step',
  knob: 'urn:backprop-lab:knob',
  value: 'urn:backprop-lab:value',
  outcomeShown: 'urn:backprop-lab:outcome-shown',
} as const;

type LanguageMap = Record<string, string>;

/** An xAPI statement without actor (and registration): the host knows who the learner is, the lab does not. */
export interface XapiStatement {
  verb: { id: string; display: LanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      name: LanguageMap;
      type: string;
      interactionType?: 'choice';
      choices?: { id: string; description: LanguageMap }[];
      correctResponsesPattern?: string[];
    };
  };
  result?: { response?: string; success?: boolean; completion?: boolean; extensions?: Record<string, string | number | boolean> };
  context: { language: string; contextActivities?: { parent: { objectType: 'Activity'; id: string }[] }; extensions: Record<string, string | number | boolean> };
  timestamp: string;
}

/** A choice's id in statements and in SCORM's student_response: a, b, c… (SCORM 1.2 allows one letter). */
export const choiceId = (i: number): string => String.fromCharCode(97 + i);

/**
 * A lesson's activity IRI: the app's address (query and hash dropped, index.html implied) with `?lesson=<id>`,
 * which opens that lesson.
 */
export function lessonIri(appUrl: string, lesson: string): string {
  const u = new URL(appUrl);
  const path = u.pathname.replace(/index\.html$/, '');
  return `${u.origin}${path}?lesson=${encodeURIComponent(lesson)}`;
}

const LOCALES: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR' };

/** A text in English, and in Korean too when the page shows Korean (and its texts are loaded). */
function names(key: MessageKey, lang: Lang): LanguageMap {
  const out: LanguageMap = { [LOCALES.en]: MESSAGES.en[key] };
  if (lang !== 'en' && hasMessages(lang)) out[LOCALES[lang]] = MESSAGES[lang][key];
  return out;
}

/** The statement a host page receives for a learning event (`type: 'statement'` messages). */
export function statementOf(e: LearningEvent, ctx: { appUrl: string; lang: Lang; now: Date }): XapiStatement {
  const iri = lessonIri(ctx.appUrl, e.lesson);
  const lessonObject: XapiStatement['object'] = {
    objectType: 'Activity',
    id: iri,
    definition: { name: names(`lessons.${e.lesson}.title` as MessageKey, ctx.lang), type: ACTIVITY_TYPES.lesson },
  };
  const base = {
    verb: { id: VERBS[e.kind], display: { 'en-US': e.kind } },
    object: lessonObject,
    context: { language: LOCALES[ctx.lang], extensions: { [EXTENSIONS.step]: e.step } as Record<string, string | number | boolean> },
    timestamp: ctx.now.toISOString(),
  };
  switch (e.kind) {
    case 'experienced':
      return base;
    case 'completed':
      return { ...base, result: { completion: true } };
    case 'interacted':
      return { ...base, result: { response: `${e.knob}=${e.value}`, extensions: { [EXTENSIONS.knob]: e.knob, [EXTENSIONS.value]: e.value } } };
    case 'answered': {
      const choices = Array.from({ length: e.choices }, (_, i) => ({
        id: choiceId(i),
        description: names(`lessons.${e.lesson}.choice${i + 1}` as MessageKey, ctx.lang),
      }));
      return {
        ...base,
        object: {
          objectType: 'Activity',
          id: `${iri}#prediction`,
          definition: {
            name: names(`lessons.${e.lesson}.predict` as MessageKey, ctx.lang),
            type: ACTIVITY_TYPES.question,
            interactionType: 'choice',
            choices,
            correctResponsesPattern: [choiceId(e.answer)],
          },
        },
        result: { response: choiceId(e.choice), success: e.correct },
        context: {
          ...base.context,
          contextActivities: { parent: [{ objectType: 'Activity', id: iri }] },
          extensions: { ...base.context.extensions, [EXTENSIONS.outcomeShown]: e.outcomeShown },
        },
      };
    }
  }
}
