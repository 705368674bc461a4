import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { LESSONS, VIEW_IDS, type ViewId } from '../../src/state/lessons.ts';

/**
 * How a lesson text names each panel, per language: the phrases a reader would take to mean "look at that panel".
 * A bare "gradient" or "기울기" is not enough (the step-through's δ and gradients, a sigmoid's slope), nor a bare
 * "loss" (the loss being minimised) or "network"/"신경망" (every lesson has one).
 */
const NAMES: Record<'en' | 'ko', Record<ViewId, RegExp>> = {
  en: {
    gradients: /gradient (chart|norm|view)s?|layers?[’'] gradients?/i,
    curves: /\bcurves?\b|(training|validation) (loss|accuracy)|\blosses\b/i,
    // On the digits the image views stand in the boundary's place: the gallery, the confusion matrix.
    boundary: /boundar(y|ies)|gallery|confusion matri/i,
    network: /network (diagram|panel)s?/i,
    health: /layer health|saturat|dead units?/i,
    compute: /compute (table|readout)|steps per second/i,
    numbers: /numbers table|live numbers|\bthe numbers\b/i,
    outcome: /outcome (panel|chart)/i,
  },
  ko: {
    gradients: /기울기 (그래프|크기)|층의 기울기/,
    curves: /곡선|(훈련|검증) (손실|정확도)|두 손실/,
    boundary: /경계|갤러리|혼동 행렬/,
    network: /신경망 그림|네트워크 패널/,
    health: /층 상태|포화|죽은 유닛/,
    compute: /계산 표|초당 단계/,
    numbers: /숫자 표|실시간 수치/,
    outcome: /결과 그래프/,
  },
};

const TEXTS: Record<'en' | 'ko', Record<string, string>> = { en, ko };

/** The views a text names, in the order it first names them. */
function namedViews(text: string, lang: 'en' | 'ko'): ViewId[] {
  return VIEW_IDS.map((v) => ({ v, at: text.search(NAMES[lang][v]) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.v);
}

describe('each lesson’s focus views', () => {
  it('name at least one view each, no view twice', () => {
    for (const l of LESSONS) {
      expect(l.focus.length, l.id).toBeGreaterThan(0);
      expect(new Set(l.focus).size, l.id).toBe(l.focus.length);
    }
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`are exactly the views the ${lang} "what to look for" text names: none missing from the text, none left off the list`, () => {
      const disagree = LESSONS.map((l) => {
        const named = namedViews(TEXTS[lang][`lessons.${l.id}.look`], lang);
        return { id: l.id, focus: [...l.focus].sort(), named: [...named].sort() };
      }).filter((x) => x.focus.join() !== x.named.join());
      expect(disagree).toEqual([]);
    });
  }

  it('come in the order the English text names them (the first is the one a phone scrolls to)', () => {
    for (const l of LESSONS) expect(namedViews(TEXTS.en[`lessons.${l.id}.look`], 'en'), l.id).toEqual(l.focus);
  });

  it('would notice a text that names one more view, in either language', () => {
    expect(namedViews(`${en['lessons.vanishing.look']} Then look at the layer health.`, 'en')).toEqual(['gradients', 'health']);
    expect(namedViews(`${ko['lessons.vanishing.look']} 숫자 표도 보세요.`, 'ko')).toEqual(['gradients', 'numbers']);
  });
});
