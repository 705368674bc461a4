import { useLab } from '../../state/store.ts';
import { useT } from '../ui/useT.ts';

function rate(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)} M`;
  if (x >= 1e4) return `${Math.round(x / 1e3)} k`;
  return String(Math.round(x));
}

/** Training throughput now: steps and examples per second (the cost of depth and width, next to the parameter counts). */
export function ComputeReadout() {
  const t = useT();
  const sps = useLab((s) => s.stepsPerSecond);
  const eps = useLab((s) => s.examplesPerSecond);
  return (
    <p className="compute" data-testid="compute">
      <span>
        <strong>{rate(sps)}</strong> {t('views.compute.stepsPerSecond')}
      </span>
      <span>
        <strong>{rate(eps)}</strong> {t('views.compute.examplesPerSecond')}
      </span>
    </p>
  );
}
