import type { LayerStats } from '../../protocol.ts';
import { formatMagnitude } from '../ui/format.ts';
import type { GradRatio } from '../ui/gradRatio.ts';
import { worstLayer, type HealthKind } from '../ui/layerHealth.ts';
import { formatTableNumber } from '../ui/tableNumber.ts';
import type { Translate } from '../ui/useT.ts';
import { formatPercent } from '../ui/percent.ts';
import type { Utterance } from './announcer.ts';
import type { Milestone } from './milestones.ts';

/** A run's label as people read it ("A · Sigmoid"), by run id. */
export type LabelOf = (runId: string) => string;

const pct = (t: Translate, share: number) => formatPercent(t, share);

/** Choice texts are short phrases: end the sentence so the next one does not run on. */
const end = (answer: string): string => (/[.!?。]$/.test(answer) ? answer : `${answer}.`);

/** Over several seeds: how many of a run's seeds are at or above a validation accuracy (null with one seed). */
export type SeedsAbove = (runId: string, threshold: number) => { k: number; n: number } | null;

/**
 * One milestone as a short sentence; losses and accuracies as the numbers table shows them. `answer` is the lesson's
 * right choice. Over several seeds the run's numbers are its median's, and a passed accuracy says in how many seeds.
 */
export function milestoneText(t: Translate, label: LabelOf, m: Milestone, answer: string, seedsAbove?: SeedsAbove): string {
  switch (m.kind) {
    case 'accuracy': {
      const text = t('narrator.accuracy', { run: label(m.run), pct: pct(t, m.threshold), step: m.step, acc: formatTableNumber(m.valAcc) });
      const c = seedsAbove?.(m.run, m.threshold);
      return c ? `${text} ${t('seeds.passedIn', { pct: pct(t, m.threshold), k: c.k, n: c.n })}` : text;
    }
    case 'chance':
      return t('narrator.chance', { run: label(m.run), step: m.step, acc: formatTableNumber(m.valAcc) });
    case 'ratio':
      return t('narrator.ratio', { run: label(m.run), ratio: formatMagnitude(m.ratio), step: m.step });
    case 'overfit':
      return t('narrator.overfit', {
        run: label(m.run),
        best: formatTableNumber(m.bestLoss),
        bestStep: m.bestStep,
        loss: formatTableNumber(m.valLoss),
        step: m.step,
      });
    case 'diverged':
      return t('narrator.diverged', { run: label(m.run), step: m.step });
    case 'horizon':
      return m.seconds === undefined
        ? t('narrator.horizon', { step: m.step, answer: end(answer) })
        : t('narrator.horizonRace', { seconds: Number(m.seconds.toFixed(m.seconds < 10 ? 1 : 0)), answer: end(answer) });
  }
}

/** One run's latest validation accuracy for the short status line. */
export interface StatusRun {
  label: string;
  valAcc: number | undefined;
}

/** "Step 400. Validation accuracy: A · Sigmoid 0.500, B · ReLU 0.912." */
export function statusText(t: Translate, step: number, runs: readonly StatusRun[]): string {
  const list = runs.map((r) => `${r.label} ${formatTableNumber(r.valAcc)}`).join(t('narrator.listSep'));
  return t('narrator.status', { step, list });
}

/** An utterance as one announcement: the status line (when due) first, then the milestones in step order. */
export function utteranceText(t: Translate, label: LabelOf, u: Utterance, answer: string, status: () => string, seedsAbove?: SeedsAbove): string {
  const parts = u.events.map((m) => milestoneText(t, label, m, answer, seedsAbove));
  if (u.status) parts.unshift(status());
  return parts.join(' ');
}

/** Everything "Describe now" reads of one run. Numbers are the ones the numbers table shows. */
export interface DescribeRun {
  label: string;
  /** Step of the latest recorded point, or null before any. */
  step: number | null;
  trainLoss?: number;
  valLoss?: number;
  trainAcc?: number;
  valAcc?: number;
  ratio: GradRatio;
  /** Hidden layers' latest statistics and which share tells their health. */
  hidden: readonly LayerStats[];
  healthKind: HealthKind;
  /** Step at which the run diverged, or null. */
  divergedAt: number | null;
}

function ratioPhrase(t: Translate, r: GradRatio): string {
  if (r === 'single') return t('narrator.describeRatioSingle');
  if (r === null) return t('narrator.describeRatioNone');
  return t('narrator.describeRatio', { ratio: formatMagnitude(r) });
}

function healthPhrase(t: Translate, hidden: readonly LayerStats[], kind: HealthKind): string {
  if (kind === null) return t('narrator.describeNoHealth');
  const worst = worstLayer(hidden, kind);
  const dead = kind === 'dead';
  if (!worst) return t(dead ? 'narrator.describeNoneDead' : 'narrator.describeNoneSat');
  return t(dead ? 'narrator.describeDead' : 'narrator.describeSat', { n: worst.index + 1, pct: pct(t, worst.share) });
}

/** One run in full: step, losses, accuracies, first/last gradient ratio and its most saturated or dead layer. */
export function describeRunText(t: Translate, r: DescribeRun): string {
  if (r.divergedAt !== null) return t('narrator.describeDiverged', { run: r.label, step: r.divergedAt });
  if (r.step === null) return t('narrator.noData', { run: r.label });
  return t('narrator.describeRun', {
    run: r.label,
    step: r.step,
    trainLoss: formatTableNumber(r.trainLoss),
    valLoss: formatTableNumber(r.valLoss),
    trainAcc: formatTableNumber(r.trainAcc),
    valAcc: formatTableNumber(r.valAcc),
    ratio: ratioPhrase(t, r.ratio),
    health: healthPhrase(t, r.hidden, r.healthKind),
  });
}

/** "Describe now": whether training or paused and at which step, then every run in full. */
export function describeText(t: Translate, step: number, playing: boolean, runs: readonly DescribeRun[]): string {
  if (runs.length === 0) return t('narrator.noRuns');
  const head = t(playing ? 'narrator.trainingAt' : 'narrator.pausedAt', { step });
  return [head, ...runs.map((r) => describeRunText(t, r))].join(' ');
}
