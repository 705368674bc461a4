import { sendPool } from './stream.ts';
import { useLab } from './store.ts';

let requestId = 0;

/** Asks every digits run for image statistics while an image view is in sight (on), and stops them (off). */
export function watchImages(on: boolean): void {
  sendPool({ type: 'watchImages', on });
}

/**
 * Asks every digits run for its 10 class probabilities of a drawn 8×8 digit (64 values in [0, 1]); the answer
 * arrives in the store's `imageProbs`. Null (an empty pad) forgets the last answer and asks nothing.
 */
export function askDrawnDigit(pixels: Float32Array | null): void {
  if (!pixels) {
    useLab.setState({ imageProbs: null });
    return;
  }
  requestId += 1;
  sendPool({ type: 'evaluateImage', requestId, pixels: pixels.slice() });
}
