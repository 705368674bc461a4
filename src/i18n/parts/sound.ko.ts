import type { soundEn } from './sound.en.ts';

/** 기울기 소리 조절 문구. */
export const soundKo: Record<keyof typeof soundEn, string> = {
  'sound.title': '기울기의 소리',
  'sound.toggle': '소리',
  'sound.run': '들을 실행',
  'sound.volume': '음량',
  'sound.volumeValue': '{n}퍼센트',
  'sound.waiting': '처음 클릭하거나 키를 누르면 소리가 납니다.',
  'sound.hint': '은닉층마다 음 하나를 냅니다. 기울기가 작을수록 음이 낮고, 첫 층은 왼쪽에서 들립니다.',
};
