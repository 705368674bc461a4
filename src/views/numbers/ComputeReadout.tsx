import { useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';

function rate(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)} M`;
  if (x >= 1e4) return `${Math.round(x / 1e3)} k`;
  return String(Math.round(x));
}

/** Training throughput now: steps and examples per second (the cost of depth and width, next to the parameter counts). */
export function ComputeReadout() {
  const t = useT();
  // Rates change with every message: a few updates a second are readable.
  const { stepsPerSecond: sps, examplesPerSecond: eps } = useFrame(250);
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
