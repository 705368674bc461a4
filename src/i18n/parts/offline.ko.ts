import type { offlineEn } from './offline.en.ts';

/** 오프라인·업데이트 문구. */
export const offlineKo: { readonly [K in keyof typeof offlineEn]: string } = {
  'offline.updateTitle': '새 버전',
  'offline.updateReady': '실습실의 새 버전을 내려받았습니다. 다음에 페이지를 열 때 새 버전이 열립니다.',
  'offline.reloadNow': '지금 열기',
};
