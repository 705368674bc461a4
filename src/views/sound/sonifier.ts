import { earconNotes, type Voice } from './pitch.ts';

/** Time constants (s) of the smooth changes: a tone gliding to a new pitch, the chord fading in or out. */
const GLIDE_S = 0.08;
const FADE_S = 0.25;
/** Length of one earcon note (s) and the least time between two earcons (s). */
const EARCON_NOTE_S = 0.09;
const EARCON_GAP_S = 0.8;

interface VoiceNodes {
  osc: OscillatorNode;
  pan: StereoPannerNode;
  gain: GainNode;
}

/**
 * The Web Audio graph: one sine per hidden layer (oscillator → gain → stereo panner → master), a
 * master gain that fades in while training and out on pause, and two-note earcons. No files. Made
 * only from a person's click (browsers' autoplay rules), and closed when sound is turned off.
 */
export class Sonifier {
  private readonly master: GainNode;
  private voices: VoiceNodes[] = [];
  private lastEarcon = -Infinity;

  private constructor(private readonly ctx: AudioContext) {
    this.master = ctx.createGain();
    this.master.gain.value = 0;
    this.master.connect(ctx.destination);
  }

  /** A new graph; call from a click handler, so that the context may start. */
  static create(): Sonifier {
    const ctx = new AudioContext();
    void ctx.resume();
    return new Sonifier(ctx);
  }

  /** Sets the chord: pitches glide to the new ones; voices are added or removed when the depth changed. */
  setChord(chord: readonly Voice[]): void {
    const now = this.ctx.currentTime;
    while (this.voices.length > chord.length) {
      const v = this.voices.pop() as VoiceNodes;
      v.osc.stop();
      v.osc.disconnect();
      v.pan.disconnect();
    }
    while (this.voices.length < chord.length) {
      const osc = this.ctx.createOscillator();
      osc.type = 'sine';
      const gain = this.ctx.createGain();
      gain.gain.value = 0;
      const pan = this.ctx.createStereoPanner();
      osc.connect(gain).connect(pan).connect(this.master);
      osc.start();
      this.voices.push({ osc, pan, gain });
    }
    chord.forEach((c, j) => {
      const v = this.voices[j];
      if (c.frequency !== null) v.osc.frequency.setTargetAtTime(c.frequency, now, GLIDE_S);
      v.gain.gain.setTargetAtTime(c.frequency === null ? 0 : c.gain, now, GLIDE_S);
      v.pan.pan.setTargetAtTime(c.pan, now, GLIDE_S);
    });
  }

  /** Fades the chord in (training) or out (paused). */
  setSounding(on: boolean): void {
    this.master.gain.setTargetAtTime(on ? 1 : 0, this.ctx.currentTime, FADE_S);
  }

  /** A short two-note earcon at `volume`, rising for good news, falling for trouble; at most one per EARCON_GAP_S. */
  earcon(good: boolean, volume: number): void {
    const now = this.ctx.currentTime;
    if (now - this.lastEarcon < EARCON_GAP_S || volume <= 0) return;
    this.lastEarcon = now;
    const out = this.ctx.createGain();
    out.gain.value = 0;
    out.connect(this.ctx.destination);
    const osc = this.ctx.createOscillator();
    osc.type = 'triangle';
    const [a, b] = earconNotes(good);
    osc.frequency.setValueAtTime(a, now);
    osc.frequency.setValueAtTime(b, now + EARCON_NOTE_S);
    const peak = 0.25 * volume;
    out.gain.setValueAtTime(0, now);
    out.gain.linearRampToValueAtTime(peak, now + 0.01);
    out.gain.setValueAtTime(peak, now + 2 * EARCON_NOTE_S - 0.02);
    out.gain.linearRampToValueAtTime(0, now + 2 * EARCON_NOTE_S);
    osc.connect(out);
    osc.start(now);
    osc.stop(now + 2 * EARCON_NOTE_S + 0.02);
    osc.onended = () => out.disconnect();
  }

  /** Stops every sound and releases the audio device. */
  close(): void {
    this.voices = [];
    void this.ctx.close();
  }
}
