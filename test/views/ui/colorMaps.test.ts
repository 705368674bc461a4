import { color, interpolateCividis, interpolateMagma } from 'd3';
import { describe, expect, it } from 'vitest';
import { cividis, magma } from '../../../src/views/ui/colorMaps.ts';

/** Largest difference of the RGB channels of two CSS colours. */
function channelGap(a: string, b: string): number {
  const p = color(a)?.rgb();
  const q = color(b)?.rgb();
  if (!p || !q) throw new Error(`unreadable colour ${a} or ${b}`);
  return Math.max(Math.abs(p.r - q.r), Math.abs(p.g - q.g), Math.abs(p.b - q.b));
}

describe('colour maps without the colour tables', () => {
  it('cividis is d3-scale-chromatic’s cividis at every step', () => {
    for (let i = 0; i <= 200; i++) expect(channelGap(cividis(i / 200), interpolateCividis(i / 200))).toBe(0);
  });

  it('magma stays within 4 of 255 per channel of d3-scale-chromatic’s magma, ends exact', () => {
    for (let i = 0; i <= 200; i++) expect(channelGap(magma(i / 200), interpolateMagma(i / 200))).toBeLessThanOrEqual(4);
    expect(color(magma(0))?.formatHex()).toBe('#000004');
    expect(color(magma(1))?.formatHex()).toBe('#fcfdbf');
  });

  it('clamps t outside 0–1 to the ends', () => {
    expect(cividis(-1)).toBe(cividis(0));
    expect(magma(2)).toBe(magma(1));
  });
});
