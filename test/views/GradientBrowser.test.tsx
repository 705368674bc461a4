// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GradientBrowser } from '../../src/views/gradients/GradientBrowser.tsx';
import { gradCursorText, moveLayer } from '../../src/views/gradients/gradCursor.ts';
import { gradHistory } from './chartFixtures.ts';
import { press, render, type Rendered } from './chartRender.tsx';

// Layer j's gradient at point i: 10^-(5 - j) · (i + 1), so every cell is a different, known number.
const points = gradHistory(5, 3, (i, j) => 10 ** -(5 - j) * (i + 1), 100);
const texts = {
  readout: '{run}, {layer}, step {step}: {metric} {value}',
  layerNames: ['layer 1', 'layer 2', 'output layer'],
  metric: '‖∂L/∂W‖',
  run: 'A · Sigmoid',
};

let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function mount() {
  r = render(
    <GradientBrowser runId="A" points={points} metric="gradNorm" layerCount={3} xDomain={[0, 400]} yDomain={[1e-6, 1]} width={300} height={150} fontPx={16} label="chart" texts={texts}>
      <svg data-testid="lines" />
    </GradientBrowser>,
  );
  const box = r.container.querySelector('[data-testid="grad-browse-A"]') as HTMLElement;
  const readout = r.container.querySelector('[data-testid="grad-readout-A"]') as HTMLElement;
  return { box, readout, dot: () => r!.container.querySelector('.charts-grad-cursor circle') };
}

describe('gradient chart keyboard browsing', () => {
  it('is focusable, names its keys and keeps the chart it wraps', () => {
    const { box, readout } = mount();
    expect(box.tabIndex).toBe(0);
    expect(box.getAttribute('aria-label')).toBe('chart');
    expect(box.getAttribute('aria-describedby')).toBe(readout.id);
    expect(box.querySelector('[data-testid="lines"]')).not.toBeNull();
    expect(readout.getAttribute('aria-live')).toBe('polite');
    expect(readout.textContent).toBe('');
  });

  it('reads the latest step of the first layer on the first arrow, then moves over steps and layers', () => {
    const { box, readout, dot } = mount();
    press(box, 'ArrowLeft');
    expect(readout.textContent).toBe('A · Sigmoid, layer 1, step 400: ‖∂L/∂W‖ 5×10⁻⁵');
    press(box, 'ArrowLeft');
    expect(readout.textContent).toBe('A · Sigmoid, layer 1, step 300: ‖∂L/∂W‖ 4×10⁻⁵');
    press(box, 'ArrowUp');
    expect(readout.textContent).toBe('A · Sigmoid, layer 2, step 300: ‖∂L/∂W‖ 4×10⁻⁴');
    press(box, 'ArrowUp');
    press(box, 'ArrowUp');
    expect(readout.textContent).toBe('A · Sigmoid, output layer, step 300: ‖∂L/∂W‖ 4×10⁻³');
    press(box, 'Home');
    expect(readout.textContent).toBe('A · Sigmoid, output layer, step 0: ‖∂L/∂W‖ 10⁻³');
    press(box, 'ArrowDown');
    press(box, 'ArrowDown');
    press(box, 'ArrowDown');
    expect(readout.textContent).toBe('A · Sigmoid, layer 1, step 0: ‖∂L/∂W‖ 10⁻⁵');
    expect(dot()).not.toBeNull();
    press(box, 'Escape');
    expect(readout.textContent).toBe('');
    expect(dot()).toBeNull();
  });

  it('starts on the latest step when the first key is up or down', () => {
    const { box, readout } = mount();
    press(box, 'ArrowUp');
    expect(readout.textContent).toBe('A · Sigmoid, layer 2, step 400: ‖∂L/∂W‖ 5×10⁻⁴');
  });

  it('puts the dot where the log scale puts the value', () => {
    const { box, dot } = mount();
    press(box, 'Home');
    // Step 0 at x = left margin; 1e-5 on [1e-6, 1]: one sixth of the way up from the bottom of the plot.
    const c = dot() as SVGCircleElement;
    const g = c.parentElement as unknown as SVGGElement;
    const [, ty] = (g.getAttribute('transform') ?? '').match(/translate\(([\d.]+),([\d.]+)\)/)!.slice(1).map(Number);
    const line = g.querySelector('line') as SVGLineElement;
    const ih = Number(line.getAttribute('y2'));
    expect(Number(c.getAttribute('cx'))).toBe(0);
    expect(Number(c.getAttribute('cy'))).toBeCloseTo(ih * (5 / 6), 6);
    expect(ty).toBeGreaterThanOrEqual(0);
  });
});

describe('moveLayer and gradCursorText', () => {
  it('keeps the layer within range and ignores other keys', () => {
    expect(moveLayer(0, 'ArrowDown', 3)).toBe(0);
    expect(moveLayer(2, 'ArrowUp', 3)).toBe(2);
    expect(moveLayer(1, 'ArrowUp', 3)).toBe(2);
    expect(moveLayer(1, 'ArrowLeft', 3)).toBeNull();
  });

  it('says nothing for a step that is not recorded', () => {
    expect(gradCursorText(points, 150, 0, 'gradNorm', texts)).toBeNull();
    expect(gradCursorText(points, 100, 0, 'deltaNorm', { ...texts, metric: '‖∂L/∂z‖' })).toBe('A · Sigmoid, layer 1, step 100: ‖∂L/∂z‖ 2×10⁻⁴');
  });
});
