/**
 * How a layer's gradient sounds. Pitch follows log10 ‖∂L/∂W‖ over a fixed range, so a vanishing
 * gradient sinks the chord: F_LOW at ‖∂L/∂W‖ = 10^LOG_MIN, rising OCTAVES octaves to 10^LOG_MAX
 * (f = F_LOW · 2^(OCTAVES · (log10 g − LOG_MIN) / (LOG_MAX − LOG_MIN)), clamped at both ends).
 * Layers are panned from left (nearest the input) to right (nearest the output).
 */

/** log10 of the quietest-pitched and the highest-pitched gradient norm. */
export const LOG_MIN = -8;
export const LOG_MAX = 1;
/** Lowest tone (Hz) and the span above it, in octaves: 110 Hz … 1760 Hz. */
export const F_LOW = 110;
export const OCTAVES = 4;
/** Widest pan of the first and last hidden layer (−1 left … 1 right). */
export const PAN_WIDTH = 0.8;
/** Peak level of the whole chord at full volume (headroom for the earcons). */
export const CHORD_PEAK = 0.3;

/** Tone of a gradient norm (Hz), or null when the norm is not a positive finite number (that voice falls silent). */
export function toneFrequency(gradNorm: number): number | null {
  if (!Number.isFinite(gradNorm) || gradNorm <= 0) return null;
  const l = Math.min(LOG_MAX, Math.max(LOG_MIN, Math.log10(gradNorm)));
  return F_LOW * 2 ** ((OCTAVES * (l - LOG_MIN)) / (LOG_MAX - LOG_MIN));
}

/** Stereo position of hidden layer `index` of `count`: −PAN_WIDTH for the first, +PAN_WIDTH for the last, centre for one. */
export function tonePan(index: number, count: number): number {
  if (count <= 1) return 0;
  return -PAN_WIDTH + (2 * PAN_WIDTH * index) / (count - 1);
}

/** Gain of each of `count` voices at `volume` (0–1), so the chord's peak stays at CHORD_PEAK × volume. */
export function voiceGain(volume: number, count: number): number {
  if (count <= 0) return 0;
  return (CHORD_PEAK * Math.min(1, Math.max(0, volume))) / count;
}

/** One voice of the chord: frequency (null = silent), pan and gain. */
export interface Voice {
  frequency: number | null;
  pan: number;
  gain: number;
}

/** The chord of a run's hidden layers (first → last) at a volume. */
export function chordOf(hiddenGradNorms: readonly number[], volume: number): Voice[] {
  const n = hiddenGradNorms.length;
  return hiddenGradNorms.map((g, j) => ({ frequency: toneFrequency(g), pan: tonePan(j, n), gain: voiceGain(volume, n) }));
}

/** Two notes of an earcon (Hz): rising for good news (accuracy passed, horizon), falling for trouble. */
export function earconNotes(good: boolean): [number, number] {
  return good ? [660, 990] : [440, 330];
}
