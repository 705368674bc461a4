import { format } from '../../i18n/index.ts';
import type { Lang } from '../../state/urlParams.ts';

/** The image views' texts, English: loaded with the views (only on the digits), not in the initial script. */
const en = {
  title: 'Images: validation digits, confusion, first layer, your digit',
  run: 'Run',
  chooseRun: 'Run shown in the confusion matrix and the first layer',
  'gallery.title': 'Validation digits and each run’s guess',
  'gallery.label': 'The first {n} validation digits; under each, one line per run with its guess; a wrong guess is drawn on the run’s colour and marked ✗.',
  'gallery.none': 'No guesses yet: press Play or Step.',
  'gallery.list': 'Run {run} ({label}): {wrong} of {n} wrong — {items}.',
  'gallery.item': '#{i} is {label}, guessed {guess}',
  'gallery.more': 'Guesses of every run, image by image',
  'confusion.title': 'Confusion matrix, run {run}',
  'confusion.caption': 'Run {run}: validation digits by true class (rows) and guess (columns); {correct} of {total} right ({share}).',
  'confusion.true': 'true',
  'confusion.guess': 'guess',
  'confusion.total': 'total',
  'first.title': 'What the first layer looks for, run {run}',
  'first.label': 'The first {units} units of run {run}’s first layer, each unit’s 64 weights as an 8×8 image: purple positive, orange negative, white near zero (each unit on its own scale).',
  'first.legend': 'purple: a pixel’s ink pushes the unit up · orange: pushes it down · white: ignored',
  'first.text': 'Largest weights (row, column from 1): {units}.',
  'first.unit': 'unit {u}: + at ({r1}, {c1}), − at ({r2}, {c2}), size {scale}',
  'first.none': 'No weights yet.',
  'pad.title': 'Draw a digit',
  'pad.label': 'Drawing pad, 32 by 32 cells; each 4 by 4 block becomes one of the 64 input pixels.',
  'pad.help': 'Draw with the mouse, a finger or a pen. Keyboard: arrows move the cursor, Space inks, Shift+arrow draws.',
  'pad.undo': 'Undo',
  'pad.clear': 'Clear',
  'pad.empty': 'Draw a digit: each run’s probabilities appear here.',
  'pad.caption': 'Each run’s probability (%) for each digit, for your drawing.',
  'noRuns': 'No run trains on the digits.',
};

/** The same in Korean (our own words). */
const ko: typeof en = {
  title: '이미지: 검증 숫자, 혼동 행렬, 첫 층, 직접 쓴 숫자',
  run: '실행',
  chooseRun: '혼동 행렬과 첫 층에 보일 실행',
  'gallery.title': '검증 숫자와 실행별 추측',
  'gallery.label': '검증 숫자 앞 {n}개. 숫자마다 아래에 실행 하나에 한 줄씩 추측을 적습니다. 틀린 추측은 그 실행의 색 위에 ✗로 표시합니다.',
  'gallery.none': '아직 추측이 없습니다. 재생이나 한 단계를 누르세요.',
  'gallery.list': '실행 {run}({label}): {n}개 중 {wrong}개 틀림 — {items}.',
  'gallery.item': '{i}번은 {label}, 추측 {guess}',
  'gallery.more': '실행별 추측, 이미지마다',
  'confusion.title': '혼동 행렬, 실행 {run}',
  'confusion.caption': '실행 {run}: 검증 숫자를 실제 숫자(행)와 추측(열)으로 센 표. {total}개 중 {correct}개 맞음({share}).',
  'confusion.true': '실제',
  'confusion.guess': '추측',
  'confusion.total': '합계',
  'first.title': '첫 층이 찾는 것, 실행 {run}',
  'first.label': '실행 {run}의 첫 층 유닛 {units}개. 유닛마다 가중치 64개를 8×8 이미지로 그립니다. 보라는 양수, 주황은 음수, 흰색은 0 근처(유닛마다 따로 맞춘 눈금).',
  'first.legend': '보라: 그 픽셀의 잉크가 유닛을 올림 · 주황: 내림 · 흰색: 무시',
  'first.text': '가장 큰 가중치(행, 열은 1부터): {units}.',
  'first.unit': '유닛 {u}: +는 ({r1}, {c1}), −는 ({r2}, {c2}), 크기 {scale}',
  'first.none': '아직 가중치가 없습니다.',
  'pad.title': '숫자 쓰기',
  'pad.label': '그림판, 32×32 칸. 4×4 칸 묶음 하나가 입력 픽셀 64개 중 하나가 됩니다.',
  'pad.help': '마우스, 손가락, 펜으로 쓰세요. 키보드: 화살표로 커서를 옮기고, 스페이스로 칠하고, Shift+화살표로 그으며 옮깁니다.',
  'pad.undo': '되돌리기',
  'pad.clear': '지우기',
  'pad.empty': '숫자를 쓰세요. 실행마다 확률이 여기에 나옵니다.',
  'pad.caption': '쓴 숫자에 대한 실행별 각 숫자의 확률(%).',
  'noRuns': '숫자로 학습하는 실행이 없습니다.',
};

export type ImageKey = keyof typeof en;
/** The image views' translate function. */
export type ImageT = (key: ImageKey, params?: Record<string, string | number>) => string;

/** The image views' texts in a language. */
export function imageT(lang: Lang): ImageT {
  const m = lang === 'ko' ? ko : en;
  return (key, params) => format(m[key], params);
}

/** Both languages' texts (the key test compares them). */
export const IMAGE_TEXTS = { en, ko };
