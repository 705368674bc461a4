// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canvasContext, canvasImage } from '../../../src/views/ui/canvasLine.ts';

/** A stand-in for an OffscreenCanvas: its size, and a context that is only a marker. */
function fakeOffscreen(width: number, height: number) {
  const ctx = { kind: 'offscreen' };
  return { width, height, ctx, getContext: (k: string) => (k === '2d' ? ctx : null) };
}

/** A page canvas that can hand off (counting how often it is asked to) or cannot. */
function pageCanvas(canHandOff: 'yes' | 'no' | 'throws') {
  const c = document.createElement('canvas');
  const own = { kind: 'own' };
  const made: ReturnType<typeof fakeOffscreen>[] = [];
  Object.defineProperty(c, 'getContext', { value: (k: string) => (k === '2d' ? own : null) });
  if (canHandOff === 'no') Object.defineProperty(c, 'transferControlToOffscreen', { value: undefined });
  else {
    Object.defineProperty(c, 'transferControlToOffscreen', {
      value: () => {
        if (canHandOff === 'throws') throw new DOMException('has a context', 'InvalidStateError');
        const o = fakeOffscreen(c.width, c.height);
        made.push(o);
        return o;
      },
    });
  }
  return { c, own, made };
}

describe('canvasContext', () => {
  it('hands a page canvas off once and sizes the OffscreenCanvas from then on', () => {
    const { c, made } = pageCanvas('yes');
    const first = canvasContext(c, 300, 200);
    expect(made).toHaveLength(1);
    expect(first).toBe(made[0].ctx);
    // Sized before it let go, so the page shows the right box until the first frame arrives.
    expect([c.width, c.height]).toEqual([300, 200]);
    const again = canvasContext(c, 640, 400);
    expect(made).toHaveLength(1);
    expect(again).toBe(made[0].ctx);
    expect([made[0].width, made[0].height]).toEqual([640, 400]);
    // The page canvas is not touched after the hand-off (browsers throw on it).
    expect([c.width, c.height]).toEqual([300, 200]);
    expect(canvasImage(c)).toBe(made[0]);
  });

  it('draws on the canvas itself where there is no OffscreenCanvas', () => {
    const { c, own } = pageCanvas('no');
    expect(canvasContext(c, 120, 80)).toBe(own);
    expect([c.width, c.height]).toEqual([120, 80]);
    expect(canvasContext(c, 60, 40)).toBe(own);
    expect([c.width, c.height]).toEqual([60, 40]);
    expect(canvasImage(c)).toBe(c);
  });

  it('falls back to its own context when the hand-off is refused', () => {
    const { c, own } = pageCanvas('throws');
    expect(canvasContext(c, 50, 50)).toBe(own);
    expect(canvasImage(c)).toBe(c);
  });

  it('is null without a canvas', () => {
    expect(canvasContext(null, 10, 10)).toBeNull();
  });
});
