import type { classroomEn } from './classroom.en.ts';

/** 상단 막대와 수업용 문구(강의 선택, 언어, 발표 모드, 단축키), 한국어. */
export const classroomKo: { [K in keyof typeof classroomEn]: string } = {
  'classroom.lesson': '강의',
  'classroom.prev': '이전',
  'classroom.next': '다음',
  'classroom.prevLabel': '이전 강의',
  'classroom.nextLabel': '다음 강의',
  'classroom.language': '언어',
  'classroom.present': '발표 모드',
  'classroom.shortcuts': '단축키',
  'classroom.shortcutsHint': '입력란에 글을 쓰는 중이 아니라면 페이지 어디에서나 쓸 수 있습니다.',
  'classroom.close': '닫기',
  'classroom.spaceKey': '스페이스',
  'classroom.keyPlay': '재생 / 일시정지',
  'classroom.keyStep': '한 단계만 학습',
  'classroom.keyReset': '실험을 처음 상태로',
  'classroom.keyDescribe': '지금 모든 실행을 설명하기(화면 읽기 프로그램이 읽어 줌)',
  'classroom.keyLessons': '이전 / 다음 강의',
  'classroom.keyHelp': '이 목록 열기 / 닫기',
  'classroom.keyClose': '이 목록 닫기',
  'classroom.modified': '수정됨: 지금 설정이 이 강의와 다릅니다.',
  'classroom.restore': '강의 설정으로 되돌리기',
};
