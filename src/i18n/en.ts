import { coreEn } from './parts/core.en.ts';
import { knobsEn } from './parts/knobs.en.ts';
import { chartsEn } from './parts/charts.en.ts';
import { controlsEn } from './parts/controls.en.ts';
import { viewsEn } from './parts/views.en.ts';
import { lessonsEn } from './parts/lessons.en.ts';
import { classroomEn } from './parts/classroom.en.ts';
import { narratorEn } from './parts/narrator.en.ts';
import { soundEn } from './parts/sound.en.ts';
import { offlineEn } from './parts/offline.en.ts';
import { browseEn } from './parts/browse.en.ts';
import { computeEn } from './parts/compute.en.ts';
import { owndataEn } from './parts/owndata.en.ts';
import { chaptersEn } from './parts/chapters.en.ts';
import { depthEn } from './parts/depth.en.ts';
import { backpropEn } from './parts/backprop.en.ts';
import { computationEn } from './parts/computation.en.ts';
import { digitsEn } from './parts/digits.en.ts';
import { courseEn } from './parts/course.en.ts';
import { seedsEn } from './parts/seeds.en.ts';
import { realdataEn } from './parts/realdata.en.ts';

/** English texts, assembled from one part per area. Korean has exactly these keys (compiler + test). */
export const en = {
  ...coreEn,
  ...knobsEn,
  ...chartsEn,
  ...controlsEn,
  ...viewsEn,
  ...lessonsEn,
  ...classroomEn,
  ...narratorEn,
  ...soundEn,
  ...offlineEn,
  ...chaptersEn,
  ...depthEn,
  ...browseEn,
  ...computeEn,
  ...owndataEn,
  ...backpropEn,
  ...computationEn,
  ...digitsEn,
  ...courseEn,
  ...seedsEn,
  ...realdataEn,
};

export type Messages = { readonly [K in keyof typeof en]: string };
