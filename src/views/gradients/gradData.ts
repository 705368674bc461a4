import type { GradMetric } from '../../state/series.ts';

export type { GradMetric };
