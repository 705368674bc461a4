import type { digitsEn } from './digits.en.ts';

/** 손글씨 숫자: 데이터 이름, 출처 표기, 파일을 쓸 수 없을 때의 안내. */
export const digitsKo: { readonly [K in keyof typeof digitsEn]: string } = {
  'opt.dataset.digits': '손글씨 숫자 (8×8)',
  'digits.credit':
    '손글씨 숫자: E. Alpaydin, C. Kaynak의 “Optical Recognition of Handwritten Digits”(1998), UCI 머신러닝 저장소, CC BY 4.0. scikit-learn에 담긴 1,797장 판.',
  'digits.noiseOff': '손글씨 숫자에는 쓰지 않습니다. 이미지를 주어진 그대로 씁니다.',
  'digits.error.fetch': '손글씨 숫자 데이터를 불러오지 못했습니다(처음 방문 전에 오프라인이었거나 차단됨). 온라인일 때 다시 시도하세요.',
  'digits.error.length': '손글씨 숫자 파일이 불완전하거나 다른 파일입니다. 페이지를 새로 고치세요.',
  'digits.error.checksum': '손글씨 숫자 파일이 손상되었습니다(체크섬 불일치). 페이지를 새로 고치세요.',
  'digits.error.values': '손글씨 숫자 파일에 범위를 벗어난 값이 있습니다. 페이지를 새로 고치세요.',
};
