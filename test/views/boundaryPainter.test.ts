// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridSpec, PointSet } from '../../src/protocol.ts';
import { createBoundaryPainter, type BoundaryScene } from '../../src/views/boundary/draw.ts';

/** A 2-D context that counts what is drawn on it (the calls the painter makes, nothing more). */
function recordingContext() {
  const calls: string[] = [];
  const handler: ProxyHandler<Record<string, unknown>> = {
    get: (target, key) => {
      if (typeof key !== 'string') return undefined;
      if (key in target) return target[key];
      return () => {
        calls.push(key);
      };
    },
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  };
  return { ctx: new Proxy({} as Record<string, unknown>, handler) as unknown as CanvasRenderingContext2D, calls };
}

/** Offscreen canvases the painter makes, each with its own recording context. */
let made: { canvas: { width: number; height: number }; calls: string[] }[] = [];

beforeEach(() => {
  made = [];
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => {
    if (tag !== 'canvas') return create(tag);
    const { ctx, calls } = recordingContext();
    const canvas = { width: 0, height: 0, getContext: () => ctx };
    made.push({ canvas, calls });
    return canvas as unknown as HTMLCanvasElement;
  }) as typeof document.createElement);
  vi.stubGlobal('ImageData', class {
    constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {}
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const grid: GridSpec = { resolution: 4, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
const pts = (n: number): PointSet => ({ x: new Float32Array(2 * n).fill(0.1), labels: new Uint8Array(n), n });
const probs = (p: number) => new Float32Array(16).fill(p);

describe('boundary painter', () => {
  const train = pts(40);
  const val = pts(500);
  const scene = (over: Partial<BoundaryScene> = {}): BoundaryScene => ({
    probs: probs(0.3), outputs: 1, grid, train, val, showTrain: true, showVal: true, ...over,
  });

  it('draws the points once and stamps them over every new boundary', () => {
    const painter = createBoundaryPainter();
    const main = recordingContext();
    painter.paint(main.ctx, 200, 2, scene());
    const layer = made.find((m) => m.calls.filter((c) => c === 'fill').length > 0)!;
    expect(layer.canvas.width).toBe(400);
    const symbolsDrawn = layer.calls.filter((c) => c === 'fill').length;
    expect(symbolsDrawn).toBe(540);

    // Training goes on: a new boundary each time, same points, same grid numbers in a fresh object.
    for (let i = 0; i < 5; i++) painter.paint(main.ctx, 200, 2, scene({ probs: probs(0.1 * i), grid: { ...grid } }));
    expect(layer.calls.filter((c) => c === 'fill')).toHaveLength(symbolsDrawn);
    // Each paint: the boundary cells and the points layer, copied onto the visible canvas.
    expect(main.calls.filter((c) => c === 'drawImage')).toHaveLength(2 * 6);
    expect(main.calls.filter((c) => c === 'fill')).toHaveLength(0);
  });

  it('draws the points again when what they show changes: hiding a set, other points, another size', () => {
    const painter = createBoundaryPainter();
    const main = recordingContext();
    painter.paint(main.ctx, 200, 1, scene());
    const layer = made.find((m) => m.calls.includes('fill'))!;
    const fills = () => layer.calls.filter((c) => c === 'fill').length;
    expect(fills()).toBe(540);
    painter.paint(main.ctx, 200, 1, scene({ showVal: false }));
    expect(fills()).toBe(540 + 40);
    painter.paint(main.ctx, 200, 1, scene({ showVal: false, train: pts(25) }));
    expect(fills()).toBe(540 + 40 + 25);
    painter.paint(main.ctx, 300, 1, scene({ showVal: false, train: pts(25) }));
    expect(fills()).toBe(540 + 40 + 25 + 25);
    expect(layer.canvas.width).toBe(300);
  });
});
