import { formatMagnitude } from '../ui/format.ts';
import type { GradRatio } from '../ui/gradRatio.ts';

/** Props of the first/last hidden layer readout. */
export interface GradRatioReadoutProps {
  runId: string;
  ratio: GradRatio;
  /** Sentence with a {ratio} slot, e.g. "First hidden layer gets {ratio} × the gradient of the last one". */
  template: string;
  singleText: string;
  noneText: string;
}

/** "First hidden layer gets 10⁻⁴ × the gradient of the last one", with the ratio in data-value for tests and tools. */
export function GradRatioReadout({ runId, ratio, template, singleText, noneText }: GradRatioReadoutProps) {
  const testId = `grad-ratio-${runId}`;
  if (ratio === 'single') {
    return (
      <p className="charts-ratio" data-testid={testId} data-value={1}>
        {singleText}
      </p>
    );
  }
  if (ratio === null) {
    return (
      <p className="charts-ratio charts-muted" data-testid={testId}>
        {noneText}
      </p>
    );
  }
  const [before, after = ''] = template.split('{ratio}');
  return (
    <p className="charts-ratio" data-testid={testId} data-value={ratio}>
      {before}
      <strong className={ratio < 0.01 ? 'charts-ratio-small' : undefined}>{formatMagnitude(ratio)}</strong>
      {after}
    </p>
  );
}
