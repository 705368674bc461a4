import { loadDigits, type DigitsData } from '../../src/engine/index.ts';
import { DIGITS_URL } from '../../src/worker/digitsUrl.ts';

/** The digits, read from src/engine/digits/digits.bin (the file the worker fetches). */
export function digits(): Promise<DigitsData> {
  return loadDigits(DIGITS_URL);
}
