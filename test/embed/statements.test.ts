import { describe, expect, it } from 'vitest';
import { lessonIri, statementOf } from '../../src/embed/statements.ts';

const ctx = { appUrl: 'https://school.example/course/lab/index.html?lesson=dropout&embed=1#x', lang: 'en' as const, now: new Date('2026-03-01T10:20:30.000Z') };
const LESSON = 'https://school.example/course/lab/?lesson=dropout';

describe('lessonIri', () => {
  it('is the app address without query, hash or index.html, with ?lesson=<id>', () => {
    expect(lessonIri(ctx.appUrl, 'dropout')).toBe(LESSON);
    expect(lessonIri('http://127.0.0.1:4173/?embed=1', 'l2')).toBe('http://127.0.0.1:4173/?lesson=l2');
  });
});

describe('statementOf', () => {
  it('experienced: the ADL verb, the lesson as an activity named by its title, the step, no result', () => {
    expect(statementOf({ kind: 'experienced', lesson: 'dropout', step: 0 }, ctx)).toEqual({
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      object: { objectType: 'Activity', id: LESSON, definition: { name: { 'en-US': 'Dropout narrows the loss gap' }, type: 'http://adlnet.gov/expapi/activities/lesson' } },
      context: { language: 'en-US', extensions: { 'urn:backprop-lab:step': 0 } },
      timestamp: '2026-03-01T10:20:30.000Z',
    });
  });

  it('answered: the question as a choice interaction under its lesson, the response letter and success', () => {
    const s = statementOf({ kind: 'answered', lesson: 'dropout', step: 12, choice: 0, answer: 2, choices: 3, correct: false, outcomeShown: false }, ctx);
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object).toEqual({
      objectType: 'Activity',
      id: `${LESSON}#prediction`,
      definition: {
        name: { 'en-US': 'What will dropout do to the validation loss?' },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: [
          { id: 'a', description: { 'en-US': 'Raise it — the net has less capacity' } },
          { id: 'b', description: { 'en-US': 'No visible change' } },
          { id: 'c', description: { 'en-US': 'Lower it' } },
        ],
        correctResponsesPattern: ['c'],
      },
    });
    expect(s.result).toEqual({ response: 'a', success: false });
    expect(s.context).toEqual({
      language: 'en-US',
      contextActivities: { parent: [{ objectType: 'Activity', id: LESSON }] },
      extensions: { 'urn:backprop-lab:step': 12, 'urn:backprop-lab:outcome-shown': false },
    });
  });

  it('completed: result completion; interacted: the knob and its new value', () => {
    const done = statementOf({ kind: 'completed', lesson: 'dropout', step: 400 }, ctx);
    expect([done.verb.id, done.object.id, done.result]).toEqual(['http://adlnet.gov/expapi/verbs/completed', LESSON, { completion: true }]);
    const knob = statementOf({ kind: 'interacted', lesson: 'dropout', step: 5, knob: 'learningRate', value: 0.05 }, ctx);
    expect(knob.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/interacted', display: { 'en-US': 'interacted' } });
    expect(knob.result).toEqual({ response: 'learningRate=0.05', extensions: { 'urn:backprop-lab:knob': 'learningRate', 'urn:backprop-lab:value': 0.05 } });
  });

  it('in Korean, names carry the Korean text beside the English one and the language is ko-KR', () => {
    const s = statementOf({ kind: 'experienced', lesson: 'dropout', step: 0 }, { ...ctx, lang: 'ko' });
    expect(s.object.definition.name).toEqual({ 'en-US': 'Dropout narrows the loss gap', 'ko-KR': '드롭아웃이 손실 간격을 좁힌다' });
    expect(s.context.language).toBe('ko-KR');
  });
});
