import type { LayerStats } from '../../protocol.ts';
import { formatMagnitude } from '../ui/format.ts';
import { formatTableNumber } from '../ui/tableNumber.ts';
import { useT } from '../ui/useT.ts';

/** Props of one run's ‖∂L/∂W‖ cell: the run's id and its latest per-layer statistics (hidden layers, then the output). */
export interface GradCellProps {
  runId: string;
  layers: readonly LayerStats[] | undefined;
}

/**
 * A run's ‖∂L/∂W‖, one line high: the first and last hidden layer ("L1 2×10⁻⁵ … L8 0.31", the pair whose ratio the
 * gradient chart and the narrator report), every layer when there are at most two. The full per-layer list, output
 * included, is what a screen reader reads (visually hidden); the chart and the CSV/JSON export carry it too.
 */
export function GradCell({ runId, layers }: GradCellProps) {
  const t = useT();
  const list = layers ?? [];
  if (list.length === 0) return <>—</>;
  const out = list.length - 1;
  const full = list
    .map((s, j) => {
      const v = formatTableNumber(s.gradNorm);
      return j === out ? t('views.numbers.gradOutput', { v }) : t('views.numbers.gradLayer', { n: j + 1, v });
    })
    .join(' · ');
  const compact =
    out >= 2
      ? t('views.numbers.gradSpan', { first: formatMagnitude(list[0].gradNorm), n: out, last: formatMagnitude(list[out - 1].gradNorm) })
      : list.map((s) => formatTableNumber(s.gradNorm)).join(' · ');
  return (
    <>
      <span aria-hidden="true" className="grads-compact" data-testid={`grad-compact-${runId}`}>
        {compact}
      </span>
      <span className="visually-hidden" data-testid={`grad-layers-${runId}`}>
        {full}
      </span>
    </>
  );
}
