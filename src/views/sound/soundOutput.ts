import { useLab } from '../../state/store.ts';
import { chordOf } from './pitch.ts';
import { Sonifier } from './sonifier.ts';

/** How often the chord follows the gradients (ms): a few times a second. */
export const SOUND_UPDATE_MS = 250;

let sonifier: Sonifier | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

/** Hidden layers' ‖∂L/∂W‖ of the run that sounds (the chosen one, else the first), first → last. */
function hiddenNorms(): number[] {
  const s = useLab.getState();
  const run = s.runs.find((r) => r.id === s.soundRun) ?? s.runs[0];
  const layers = run ? s.live[run.id]?.layers : undefined;
  return layers && layers.length > 1 ? layers.slice(0, -1).map((l) => l.gradNorm) : [];
}

function update(): void {
  if (!sonifier) return;
  const s = useLab.getState();
  const chord = chordOf(hiddenNorms(), s.volume);
  sonifier.setChord(chord);
  sonifier.setSounding(s.playing && chord.length > 0);
}

/** Starts the sound (makes the audio graph): call only from a person's click or key press. */
export function startSound(): void {
  if (sonifier) return;
  sonifier = Sonifier.create();
  update();
  timer = setInterval(update, SOUND_UPDATE_MS);
  changed();
}

/** Stops the sound and closes the audio graph. */
export function stopSound(): void {
  if (!sonifier) return;
  clearInterval(timer);
  sonifier.close();
  sonifier = null;
  changed();
}

/** True while the audio graph exists. */
export function soundRunning(): boolean {
  return sonifier !== null;
}

/** Subscribes to soundRunning() changes (for useSyncExternalStore). */
export function subscribeSound(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A short earcon for news (rising when good); nothing when the sound is off. */
export function playEarcon(good: boolean): void {
  sonifier?.earcon(good, useLab.getState().volume);
}
