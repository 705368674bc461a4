// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { gradLines } from '../../src/views/gradients/gradLines.ts';
import { GradientChart } from '../../src/views/gradients/GradientChart.tsx';
import { layerColor } from '../../src/views/gradients/layerColors.ts';
import { gradHistory, point, stats } from './chartFixtures.ts';
import { render, type Rendered } from './chartRender.tsx';
import { recordCanvasStrokes } from './fakeCanvas.ts';
import { bySeconds } from '../../src/views/ui/xAxis.ts';

let r: Rendered | undefined;
let canvas: ReturnType<typeof recordCanvasStrokes>;
beforeEach(() => { canvas = recordCanvasStrokes(); });
afterEach(() => { r?.unmount(); canvas.restore(); });

const base = { metric: 'gradNorm' as const, xDomain: [0, 290] as const, yDomain: [1e-8, 1] as const, width: 400, height: 200, fontPx: 16, label: 'A', xTitle: 'Step' };


describe('GradientChart', () => {
  it('places points by their step, or in a race by their seconds of training, with the axis ticks in the same unit', () => {
    // Steps 0, 10, …, 90; seconds grow faster than steps (i² / 4): evenly spaced by step, spreading by seconds.
    const h = gradHistory(10, 1, () => 0.1).map((p, i) => ({ ...p, seconds: (i * i) / 4 }));
    r = render(<GradientChart {...base} xDomain={[0, 90]} points={h} layerCount={1} />);
    const gaps = (xs: number[]) => xs.slice(1).map((v, i) => v - xs[i]);
    const byStepGaps = gaps(canvas.strokes[0].xs);
    for (const g of byStepGaps) expect(g).toBeCloseTo(byStepGaps[0], 4);
    r.unmount();
    canvas.strokes.length = 0;
    r = render(<GradientChart {...base} xDomain={[0, 20.25]} xOf={bySeconds} formatX={(v) => `${v}s`} xTitle="Seconds" points={h} layerCount={1} />);
    const xs = canvas.strokes[0].xs;
    const bySecondsGaps = gaps(xs);
    for (let i = 1; i < bySecondsGaps.length; i++) expect(bySecondsGaps[i]).toBeGreaterThan(bySecondsGaps[i - 1]);
    // The last point (20.25 s) at the right end of the plot, as the last step was by step.
    expect(xs[xs.length - 1] - xs[0]).toBeCloseTo(byStepGaps.reduce((a, b) => a + b, 0), 4);
    expect(r.container.textContent).toContain('Seconds');
    expect(r.container.textContent).toMatch(/\ds/);
  });

  it('draws one line per layer with one point per history point', () => {
    const h = gradHistory(30, 4, (i, j) => 10 ** (-j - 1) * (1 + i / 30));
    r = render(<GradientChart {...base} points={h} layerCount={4} />);
    expect(canvas.strokes).toHaveLength(4);
    for (const s of canvas.strokes) expect(s.subpaths).toEqual([30]);
    expect(r.container.querySelector('canvas.charts-grad-lines')?.getAttribute('data-points')).toBe('30,30,30,30');
  });

  it('colours the first hidden layer darkest and the output lightest', () => {
    r = render(<GradientChart {...base} points={gradHistory(3, 3, () => 0.1)} layerCount={3} />);
    // Drawn output layer first, so the first hidden layer lies on top.
    expect(canvas.strokes.map((s) => s.color)).toEqual([layerColor(2, 3), layerColor(1, 3), layerColor(0, 3)]);
    const lum = (c: string) => (c.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    expect(lum(layerColor(0, 3))).toBeLessThan(lum(layerColor(1, 3)));
    expect(lum(layerColor(1, 3))).toBeLessThan(lum(layerColor(2, 3)));
  });

  it('breaks a line at NaN and draws zeros at the bottom of the log axis', () => {
    const h = [0, 1, 2, 3].map((i) => point(i * 10, [stats({ gradNorm: i === 1 ? NaN : i === 3 ? 0 : 0.01 })]));
    r = render(<GradientChart {...base} yDomain={[1e-12, 1]} points={h} layerCount={1} />);
    expect(canvas.strokes[0].subpaths).toEqual([1, 2]);
    const sx = scaleLinear().domain([0, 290]).range([0, 300]);
    const { xs, ys } = gradLines(h, 'gradNorm', 1, (p) => sx(p.step), [1e-12, 1], 150);
    expect(Number.isNaN(ys[0][1])).toBe(true);
    expect(ys[0][3]).toBe(150);
    // 0.01 on [1e-12, 1] over 150 px: 2 of 12 decades below the top.
    expect(ys[0][0]).toBeCloseTo(25, 4);
    expect(xs[3]).toBeCloseTo(300 * 30 / 290, 4);
  });

  it('labels the log axis with powers of ten only', () => {
    r = render(<GradientChart {...base} points={gradHistory(3, 2, () => 0.1)} layerCount={2} />);
    const texts = [...r.container.querySelectorAll('.charts-axis-left .charts-tick text')].map((t) => t.textContent ?? '');
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/^10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  });

  it('while the scales stay and the history only grows, strokes just the new segments on what the canvas holds', () => {
    const h = gradHistory(36, 3, (i, j) => 10 ** (-j - 1) * (1 + i / 36));
    const lines = () => r!.container.querySelector('canvas.charts-grad-lines')!;
    r = render(<GradientChart {...base} points={h.slice(0, 30)} layerCount={3} />);
    expect(canvas.clears).toBe(1);
    canvas.strokes.length = 0;
    // Five new points, the first thirty the same objects: each layer continues from the last point drawn.
    r.rerender(<GradientChart {...base} points={h.slice(0, 35)} layerCount={3} />);
    expect(canvas.clears).toBe(1);
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[6], [6], [6]]);
    expect(lines().getAttribute('data-points')).toBe('35,35,35');
    expect(lines().getAttribute('data-from')).toBe('29');
    // A new y domain (a scale that moved): everything again.
    canvas.strokes.length = 0;
    r.rerender(<GradientChart {...base} yDomain={[1e-9, 1]} points={h.slice(0, 36)} layerCount={3} />);
    expect(canvas.clears).toBe(2);
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[36], [36], [36]]);
    // The same domain in a new array is the same scale: continued.
    canvas.strokes.length = 0;
    r.rerender(<GradientChart {...base} yDomain={[1e-9, 1]} points={h.slice(0, 36)} layerCount={3} />);
    expect(canvas.clears).toBe(2);
    // A halved history (every other point kept) is not a continuation.
    canvas.strokes.length = 0;
    const halved = h.filter((_, i) => i % 2 === 0);
    r.rerender(<GradientChart {...base} yDomain={[1e-9, 1]} points={halved} layerCount={3} />);
    expect(canvas.clears).toBe(3);
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[18], [18], [18]]);
    expect(lines().getAttribute('data-from')).toBe('0');
    // Another metric: everything again.
    r.rerender(<GradientChart {...base} metric="deltaNorm" yDomain={[1e-9, 1]} points={halved} layerCount={3} />);
    expect(canvas.clears).toBe(4);
  });
});
