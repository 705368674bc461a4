import type { Messages } from './en.ts';
import { coreKo } from './parts/core.ko.ts';
import { knobsKo } from './parts/knobs.ko.ts';
import { chartsKo } from './parts/charts.ko.ts';
import { controlsKo } from './parts/controls.ko.ts';
import { viewsKo } from './parts/views.ko.ts';
import { lessonsKo } from './parts/lessons.ko.ts';
import { classroomKo } from './parts/classroom.ko.ts';
import { narratorKo } from './parts/narrator.ko.ts';
import { soundKo } from './parts/sound.ko.ts';
import { offlineKo } from './parts/offline.ko.ts';
import { browseKo } from './parts/browse.ko.ts';
import { computeKo } from './parts/compute.ko.ts';
import { owndataKo } from './parts/owndata.ko.ts';
import { chaptersKo } from './parts/chapters.ko.ts';
import { depthKo } from './parts/depth.ko.ts';
import { backpropKo } from './parts/backprop.ko.ts';
import { computationKo } from './parts/computation.ko.ts';
import { digitsKo } from './parts/digits.ko.ts';
import { courseKo } from './parts/course.ko.ts';
import { seedsKo } from './parts/seeds.ko.ts';
import { realdataKo } from './parts/realdata.ko.ts';

/** 한국어 문구: 영역별 파일을 모은 것. 키는 영어판과 같다. */
export const ko: Messages = {
  ...coreKo,
  ...knobsKo,
  ...chartsKo,
  ...controlsKo,
  ...viewsKo,
  ...lessonsKo,
  ...classroomKo,
  ...narratorKo,
  ...soundKo,
  ...offlineKo,
  ...chaptersKo,
  ...depthKo,
  ...browseKo,
  ...computeKo,
  ...owndataKo,
  ...backpropKo,
  ...computationKo,
  ...digitsKo,
  ...courseKo,
  ...seedsKo,
  ...realdataKo,
};
