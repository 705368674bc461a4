// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GradientChart } from '../../src/views/charts/GradientChart.tsx';
import { layerColor } from '../../src/views/charts/layerColors.ts';
import { gradHistory, point, stats } from './chartFixtures.ts';
import { pathPoints, render, type Rendered } from './chartRender.tsx';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const base = { metric: 'gradNorm' as const, xDomain: [0, 290] as const, yDomain: [1e-8, 1] as const, width: 400, height: 200, fontPx: 16, label: 'A', xTitle: 'Step' };

function paths(c: HTMLElement) {
  return [...c.querySelectorAll<SVGPathElement>('path.charts-grad-line')].sort((a, b) => Number(a.dataset.layer) - Number(b.dataset.layer));
}

describe('GradientChart', () => {
  it('draws one line per layer with one point per history point', () => {
    const h = gradHistory(30, 4, (i, j) => 10 ** (-j - 1) * (1 + i / 30));
    r = render(<GradientChart {...base} points={h} layerCount={4} />);
    const ps = paths(r.container);
    expect(ps).toHaveLength(4);
    for (const p of ps) expect(pathPoints(p.getAttribute('d'))).toBe(30);
  });

  it('colours the first hidden layer darkest and the output lightest', () => {
    r = render(<GradientChart {...base} points={gradHistory(3, 3, () => 0.1)} layerCount={3} />);
    const ps = paths(r.container);
    expect(ps[0].getAttribute('stroke')).toBe(layerColor(0, 3));
    expect(ps[2].getAttribute('stroke')).toBe(layerColor(2, 3));
    const lum = (c: string) => (c.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    expect(lum(layerColor(0, 3))).toBeLessThan(lum(layerColor(1, 3)));
    expect(lum(layerColor(1, 3))).toBeLessThan(lum(layerColor(2, 3)));
  });

  it('breaks a line at NaN and draws zeros at the bottom of the log axis', () => {
    const h = [0, 1, 2, 3].map((i) => point(i * 10, [stats({ gradNorm: i === 1 ? NaN : i === 3 ? 0 : 0.01 })]));
    r = render(<GradientChart {...base} yDomain={[1e-12, 1]} points={h} layerCount={1} />);
    const d = paths(r.container)[0].getAttribute('d') ?? '';
    expect((d.match(/M/g) ?? []).length).toBe(2);
    expect(pathPoints(d)).toBe(3);
    const lastY = Number(d.split(',').pop());
    const plotBottom = 200 - Math.round(16 * 0.85 * 3.3) - Math.round(16 * 0.7);
    expect(lastY).toBeCloseTo(plotBottom, 0);
  });

  it('labels the log axis with powers of ten only', () => {
    r = render(<GradientChart {...base} points={gradHistory(3, 2, () => 0.1)} layerCount={2} />);
    const texts = [...r.container.querySelectorAll('.charts-axis-left .charts-tick text')].map((t) => t.textContent ?? '');
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/^10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  });
});
