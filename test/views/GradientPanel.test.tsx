// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GradientPanel } from '../../src/views/gradients/GradientPanel.tsx';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { gradHistory, runInfo, stats } from './chartFixtures.ts';
import { recordCanvasStrokes } from './fakeCanvas.ts';
import { mockResizeObserver, render, type Rendered } from './chartRender.tsx';
import { merged } from '../setup/merged.ts';

let r: Rendered | undefined;
let canvas: ReturnType<typeof recordCanvasStrokes>;
beforeEach(() => { mockResizeObserver(900); canvas = recordCanvasStrokes(); });
afterEach(() => { r?.unmount(); canvas.restore(); });

/** A: 8 hidden layers whose gradient shrinks 10× per layer towards the input; B: all near 0.1. */
function setTwoRuns() {
  const a = gradHistory(20, 9, (_i, j) => 10 ** (j - 8));
  const b = gradHistory(25, 9, () => 0.1);
  useLab.setState(merged({ ...initialLabState, runs: [runInfo('A', Array(8).fill(16)), runInfo('B', Array(8).fill(16))], history: { A: a, B: b } }), true);
}

function section(c: HTMLElement, id: string): HTMLElement {
  return c.querySelector(`section[data-run="${id}"]`) as HTMLElement;
}

function yTicks(el: HTMLElement): string[] {
  return [...el.querySelectorAll('.charts-axis-left .charts-tick text')].map((t) => t.textContent ?? '');
}

describe('GradientPanel', () => {
  it('gives every run its own chart with one point per recorded step', () => {
    setTwoRuns();
    r = render(<GradientPanel />);
    for (const [id, n] of [['A', 20], ['B', 25]] as const) {
      const drawn = section(r.container, id).querySelector('canvas.charts-grad-lines')?.getAttribute('data-points');
      expect(drawn?.split(',').map(Number)).toEqual(new Array(9).fill(n));
    }
  });

  it('shares one log y domain across runs so A and B compare at a glance', () => {
    setTwoRuns();
    r = render(<GradientPanel />);
    const a = yTicks(section(r.container, 'A'));
    expect(a).toEqual(yTicks(section(r.container, 'B')));
    expect(a[0]).toBe('10⁻⁸');
    expect(a[a.length - 1]).toBe('10⁰');
  });

  it('reads out the first / last hidden layer ratio of the latest point as a power of ten', () => {
    const layers = (first: number, last: number) => [stats({ gradNorm: first }), stats({ gradNorm: 0.5 }), stats({ gradNorm: last }), stats({ gradNorm: 3 })];
    useLab.setState(merged({
      ...initialLabState,
      runs: [runInfo('A', [4, 4, 4]), runInfo('B', [4, 4, 4])],
      history: {
        A: [{ ...gradHistory(1, 4, () => 1)[0], layers: layers(1, 1) }, { ...gradHistory(2, 4, () => 1)[1], layers: layers(1e-6, 1e-2) }],
        B: [{ ...gradHistory(1, 4, () => 1)[0], layers: layers(0.9, 2) }],
      },
    }), true);
    r = render(<GradientPanel />);
    const a = r.container.querySelector('[data-testid="grad-ratio-A"]') as HTMLElement;
    expect(Number(a.dataset.value)).toBeCloseTo(1e-4, 12);
    expect(a.textContent).toBe('First hidden layer gets 10⁻⁴ × the gradient of the last one');
    const b = r.container.querySelector('[data-testid="grad-ratio-B"]') as HTMLElement;
    expect(Number(b.dataset.value)).toBeCloseTo(0.45, 12);
    expect(b.querySelector('strong')?.textContent).toBe('0.45');
  });

  it('falls back to the live statistics before any point is recorded', () => {
    useLab.setState(merged({
      ...initialLabState,
      runs: [runInfo('A', [4, 4])],
      history: {},
      live: { A: { id: 'A', status: 'training', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: 0.7, masks: [], layers: [stats({ gradNorm: 3e-5 }), stats({ gradNorm: 1 }), stats({ gradNorm: 1 })] } },
    }), true);
    r = render(<GradientPanel />);
    const a = r.container.querySelector('[data-testid="grad-ratio-A"]') as HTMLElement;
    expect(a.querySelector('strong')?.textContent).toBe('3×10⁻⁵');
  });

  it('says so when a net has one hidden layer, and shows no ratio when the last layer has no gradient', () => {
    useLab.setState(merged({
      ...initialLabState,
      runs: [runInfo('A', [4]), runInfo('B', [4, 4])],
      history: { A: gradHistory(2, 2, () => 0.1), B: gradHistory(2, 3, (_i, j) => (j === 1 ? 0 : 0.1)) },
    }), true);
    r = render(<GradientPanel />);
    expect(r.container.querySelector('[data-testid="grad-ratio-A"]')?.textContent).toMatch(/One hidden layer only/);
    const b = r.container.querySelector('[data-testid="grad-ratio-B"]') as HTMLElement;
    expect(b.dataset.value).toBeUndefined();
    expect(b.textContent).toMatch(/no gradient yet/);
  });

  it('shows the divergence sentence with step and learning rate for a diverged run', () => {
    setTwoRuns();
    useLab.setState(merged({
      live: { B: { id: 'B', status: 'diverged', step: 0, seconds: 0, stepsPerSecond: 0, divergence: { step: 312, reason: 'lossNonFinite', learningRate: 3 }, batchLoss: NaN, masks: [], layers: [] } },
    }, useLab.getState()));
    r = render(<GradientPanel />);
    expect(r.container.querySelector('[data-testid="grad-diverged-A"]')).toBeNull();
    const msg = r.container.querySelector('[data-testid="grad-diverged-B"]')?.textContent ?? '';
    expect(msg).toContain('312');
    expect(msg).toContain('(3)');
  });

  it('switches every chart to ‖∂L/∂z‖ with the keyboard-operable radio group', () => {
    setTwoRuns();
    r = render(<GradientPanel />);
    const before = yTicks(section(r.container, 'A'));
    const radios = [...r.container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((x) => x.checked)).toEqual([true, false]);
    expect(radios[1].closest('label')?.textContent).toMatch(/∂L\/∂z/);
    act(() => radios[1].click());
    expect(radios[1].checked).toBe(true);
    const after = yTicks(section(r.container, 'A'));
    expect(after[0]).toBe('10⁻⁷');
    expect(after).not.toEqual(before);
  });

  it('has a layer legend (1 … 8, out), a heatmap per run, a colour legend and a text summary', () => {
    setTwoRuns();
    r = render(<GradientPanel />);
    const legend = [...r.container.querySelectorAll('.charts-layer-legend li')].map((l) => l.textContent);
    expect(legend).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', 'out']);
    expect(r.container.querySelectorAll('.charts-heatmap canvas')).toHaveLength(2);
    const bar = [...r.container.querySelectorAll('.charts-color-legend .charts-tick text')].map((t) => t.textContent);
    expect(bar[0]).toBe('10⁻⁸');
    const summary = r.container.querySelector('figcaption')?.textContent ?? '';
    expect(summary).toContain('layer 1 10⁻⁸');
    expect(summary).toContain('10⁻⁷ × the gradient');
  });

  it('stacks the runs in one column when narrow and never draws wider than the panel', () => {
    mockResizeObserver(340);
    setTwoRuns();
    r = render(<GradientPanel />);
    const grid = r.container.querySelector('.charts-multiples') as HTMLElement;
    expect(grid.style.gridTemplateColumns).toBe('repeat(1, 340px)');
    for (const svg of r.container.querySelectorAll('svg.charts-svg')) expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(340);
  });

  it('puts A beside B when there is room', () => {
    setTwoRuns();
    r = render(<GradientPanel />);
    const grid = r.container.querySelector('.charts-multiples') as HTMLElement;
    expect(grid.style.gridTemplateColumns).toBe('repeat(2, 440px)');
  });
});
