import { TEXT_MS, useFrame } from '../ui/useFrame.ts';
import { useT } from '../ui/useT.ts';

/**
 * Least ms between two redraws of the step and epoch counters while training: eight a second still reads as running
 * digits, and the frames in between change nothing on screen (a counter redrawn every frame re-laid out and
 * repainted its panel ~20 times a second under a 4× throttle). Half of TEXT_MS: every other beat of the counters is
 * a beat of the text views too, and they change the page in the same frame (state/frameClock.ts).
 */
const COUNTER_MS = TEXT_MS / 2;

/**
 * Step and epoch, eight times a second while training. Plain text, not <output>: an <output> is a live region, and
 * these change every frame (the narrator speaks instead).
 */
export function Counters() {
  const t = useT();
  const { step, epoch } = useFrame(COUNTER_MS);
  return (
    <p className="counters">
      <span>
        {t('stepLabel')} <span className="counter" data-testid="step">{step}</span>
      </span>
      <span>
        {t('epochLabel')} <span className="counter">{Math.floor(epoch)}</span>
      </span>
    </p>
  );
}
