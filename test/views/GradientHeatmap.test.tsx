// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GradientHeatmap } from '../../src/views/gradients/GradientHeatmap.tsx';
import { bySeconds } from '../../src/views/ui/xAxis.ts';
import { gradHistory } from './chartFixtures.ts';
import { render, type Rendered } from './chartRender.tsx';
import { recordCanvasStrokes } from './fakeCanvas.ts';

let r: Rendered | undefined;
let canvas: ReturnType<typeof recordCanvasStrokes>;
const hadImageData = 'ImageData' in globalThis;
beforeEach(() => {
  canvas = recordCanvasStrokes('charts-heatmap-cells');
  // happy-dom has no ImageData: the heatmap only fills one and hands it to the cells canvas.
  if (!hadImageData) {
    (globalThis as { ImageData?: unknown }).ImageData = class {
      data: Uint8ClampedArray;
      constructor(public width: number, public height: number) {
        this.data = new Uint8ClampedArray(width * height * 4);
      }
    };
  }
});
afterEach(() => {
  r?.unmount();
  canvas.restore();
  if (!hadImageData) delete (globalThis as { ImageData?: unknown }).ImageData;
});

// Steps 0, 10, …: 30 points fill [0, 290] of a 290-step axis.
const base = { metric: 'gradNorm' as const, layerCount: 3, xDomain: [0, 290] as const, colorDomain: [1e-8, 1] as const, width: 400, fontPx: 16, layerNames: ['1', '2', 'out'], label: 'A' };
const cells = () => r!.container.querySelector('canvas.charts-heatmap-cells')!;

describe('GradientHeatmap', () => {
  it('draws one column per point centred on its step, and while the axis stays only the new columns', () => {
    const h = gradHistory(36, 3, (i, j) => 10 ** (-j - 1) * (1 + i / 36));
    r = render(<GradientHeatmap {...base} points={h.slice(0, 30)} />);
    expect(canvas.clears).toBe(1);
    const [whole] = canvas.images;
    // 30 columns over 290 steps: each 10 steps wide, the first centred on step 0 (half of it clipped by the edge).
    const col = whole.dw / 30;
    expect(whole.dx).toBeCloseTo(-col / 2, 6);
    expect(Number(cells().getAttribute('data-span'))).toBeCloseTo(1, 2);
    canvas.images.length = 0;
    r.rerender(<GradientHeatmap {...base} xDomain={[0, 400]} points={h.slice(0, 30)} />);
    // A new axis end: everything again, and the columns now fill 29.5 of 40 steps' worth.
    expect(canvas.clears).toBe(2);
    expect(Number(cells().getAttribute('data-span'))).toBeCloseTo(295 / 400, 2);
    canvas.images.length = 0;
    r.rerender(<GradientHeatmap {...base} xDomain={[0, 400]} points={h.slice(0, 35)} />);
    // Five new points: no clear, five columns right after the thirty drawn.
    expect(canvas.clears).toBe(2);
    expect(canvas.images).toHaveLength(1);
    const [more] = canvas.images;
    const col2 = more.dw / 5;
    expect(more.dx).toBeCloseTo(-col2 / 2 + 30 * col2, 6);
    expect(cells().getAttribute('data-from')).toBe('30');
    // A halved history is not a continuation.
    r.rerender(<GradientHeatmap {...base} xDomain={[0, 400]} points={h.filter((_, i) => i % 2 === 0)} />);
    expect(canvas.clears).toBe(3);
    expect(cells().getAttribute('data-from')).toBe('0');
  });

  it('redraws all columns when a new point is off the stride (the columns would change width)', () => {
    const h = gradHistory(31, 3, () => 0.01);
    const off = [...h.slice(0, 30), { ...h[30], step: h[30].step + 5 }];
    r = render(<GradientHeatmap {...base} xDomain={[0, 400]} points={h.slice(0, 30)} />);
    r.rerender(<GradientHeatmap {...base} xDomain={[0, 400]} points={off} />);
    expect(canvas.clears).toBe(2);
    expect(cells().getAttribute('data-from')).toBe('0');
  });

  it('in a race (x = seconds, not evenly spaced for sure) redraws all columns every time', () => {
    const h = gradHistory(12, 3, () => 0.01).map((p, i) => ({ ...p, seconds: i * 0.5 }));
    r = render(<GradientHeatmap {...base} xDomain={[0, 10]} xOf={bySeconds} points={h.slice(0, 10)} />);
    r.rerender(<GradientHeatmap {...base} xDomain={[0, 10]} xOf={bySeconds} points={h} />);
    expect(canvas.clears).toBe(2);
    expect(cells().getAttribute('data-from')).toBe('0');
  });
});
