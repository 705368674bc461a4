// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sent } from '../../setup/poolLog.ts';
import type { ImageReport, RunInfo } from '../../../src/protocol.ts';
import { DEFAULT_CONFIG } from '../../../src/state/knobs.ts';
import { ImagesPanel } from '../../../src/views/images/ImagesPanel.tsx';
import { mount, setStore, type Mounted } from '../labRender.tsx';

vi.mock('../../../src/state/stream.ts', async (real) => ({ ...(await real<object>()), ...(await import('../../setup/poolLog.ts')).poolStub }));

/** A digits run whose 50 validation images have labels i mod 10. */
const digitsRun = (id: string): RunInfo => ({
  id, label: id, layerSizes: [64, 8, 10], classes: 10,
  train: { x: new Float32Array(64), labels: new Uint8Array(1), n: 1 },
  val: { x: new Float32Array(50 * 64), labels: Uint8Array.from({ length: 50 }, (_, i) => i % 10), n: 50 },
  kernels: 'js', config: { ...DEFAULT_CONFIG, dataset: 'digits', depth: 1, width: 8 },
});

/** Run A guesses every image right; run B guesses 0 for every image. Counts written out by hand. */
const reportA: ImageReport = {
  step: 10, predicted: Uint8Array.from({ length: 50 }, (_, i) => i % 10), galleryProbs: new Float32Array(480),
  confusion: Uint32Array.from({ length: 100 }, (_, k) => (Math.floor(k / 10) === k % 10 ? 5 : 0)),
  firstLayer: { units: 8, W: new Float32Array(8 * 64) },
};
const reportB: ImageReport = {
  ...reportA, predicted: new Uint8Array(50),
  confusion: Uint32Array.from({ length: 100 }, (_, k) => (k % 10 === 0 ? 5 : 0)),
};

let m: Mounted | null = null;
// Each test starts with an empty log of what was sent and ends with its panel taken down.
afterEach(() => {
  m?.unmount();
  m = null;
  sent.length = 0;
});

describe('ImagesPanel (the digits’ views in the boundary’s place)', () => {
  it('asks the workers for image statistics while shown, and stops when taken down', () => {
    m = mount(<ImagesPanel />, { runs: [digitsRun('A')], config: { ...DEFAULT_CONFIG, dataset: 'digits' } });
    expect(sent).toContainEqual({ type: 'watchImages', on: true });
    m.unmount();
    m = null;
    expect(sent.at(-1)).toEqual({ type: 'watchImages', on: false });
  });

  it('lists each run’s guesses in words, and shows the chosen run’s confusion table with its totals', () => {
    m = mount(<ImagesPanel />, { runs: [digitsRun('A'), digitsRun('B')], config: { ...DEFAULT_CONFIG, dataset: 'digits' } });
    setStore({ images: { A: reportA, B: reportB } });
    const text = (id: string) => m!.container.querySelector(`[data-testid="gallery-text-${id}"]`)!.textContent!;
    expect(text('A')).toContain('0 of 48 wrong');
    expect(text('A')).toContain('#48 is 7, guessed 7');
    // B guesses 0 everywhere: wrong on every image whose label is not 0 (43 of the first 48).
    expect(text('B')).toContain('43 of 48 wrong');
    expect(text('B')).toContain('#2 is 1, guessed 0');
    const table = m.container.querySelector('[data-testid="confusion"]')!;
    expect(table.getAttribute('data-run')).toBe('A');
    const totals = [...table.querySelectorAll('td.row-total')].map((td) => Number(td.textContent));
    expect(totals).toEqual(Array(10).fill(5));
    expect(table.querySelector('caption')!.textContent).toContain('50 of 50 right');
  });

  it('asks for no guess with an empty pad, and says so', () => {
    m = mount(<ImagesPanel />, { runs: [digitsRun('A')], config: { ...DEFAULT_CONFIG, dataset: 'digits' } });
    expect(m.container.querySelector('[data-testid="pad-answer"]')!.textContent).toContain('Draw a digit');
    expect(sent.some((s) => s.type === 'evaluateImage')).toBe(false);
  });

  it('asks every run about a digit inked with the keyboard, as 64 pixels in [0, 1]', async () => {
    vi.useFakeTimers();
    try {
      m = mount(<ImagesPanel />, { runs: [digitsRun('A')], config: { ...DEFAULT_CONFIG, dataset: 'digits' } });
      const pad = m.container.querySelector<HTMLCanvasElement>('[data-testid="draw-pad"]')!;
      act(() => {
        pad.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
      });
      expect(pad.getAttribute('data-ink')).toBe('4');
      await act(async () => {
        vi.advanceTimersByTime(200);
      });
      const ask = sent.find((s) => s.type === 'evaluateImage');
      expect(ask).toBeDefined();
      if (ask?.type !== 'evaluateImage') return;
      // The cursor starts at cell (14, 14): a 2×2 square in block (3, 3) → pixel 27 at 4/16.
      expect(ask.pixels[27]).toBe(0.25);
      expect(Array.from(ask.pixels).filter((v) => v > 0)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
