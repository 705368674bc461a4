// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthPanel } from '../../src/views/health/HealthPanel.tsx';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { point, runInfo, stats } from './chartFixtures.ts';
import { mockResizeObserver, render, type Rendered } from './chartRender.tsx';
import { merged } from '../setup/merged.ts';

let r: Rendered | undefined;
beforeEach(() => mockResizeObserver(800));
afterEach(() => r?.unmount());

// Default comparison: A sigmoid, B ReLU. Three hidden layers + output each.
function setRuns() {
  const a = [stats({ saturated: 0.87, actStd: 0.02 }), stats({ saturated: 0.3, actStd: 0.1 }), stats({ saturated: 0, actStd: 0.2 }), stats({ saturated: 0.99 })];
  const b = [stats({ dead: 0.25, actStd: 0.8 }), stats({ dead: 0, actStd: 0.4 }), stats({ dead: 0, actStd: 0.2 }), stats()];
  useLab.setState(merged({
    ...initialLabState,
    runs: [runInfo('A', [4, 4, 4]), runInfo('B', [4, 4, 4])],
    history: { A: [point(0, a)], B: [point(0, b)] },
  }), true);
}

const rows = (c: HTMLElement, id: string) => [...c.querySelectorAll(`section[data-run="${id}"] .charts-health-row`)];
const width = (el: Element | null) => Number(el?.getAttribute('width'));

describe('HealthPanel', () => {
  it('draws one row per hidden layer (not the output layer)', () => {
    setRuns();
    r = render(<HealthPanel />);
    expect(rows(r.container, 'A')).toHaveLength(3);
    expect(rows(r.container, 'B')).toHaveLength(3);
  });

  it('shows the saturated share for sigmoid and the dead share for ReLU, as bars proportional to the share', () => {
    setRuns();
    r = render(<HealthPanel />);
    const heads = (id: string) => [...r!.container.querySelectorAll(`section[data-run="${id}"] .charts-col-head`)].map((t) => t.textContent);
    expect(heads('A')).toEqual(['saturated', 'spread (std)']);
    expect(heads('B')).toEqual(['dead', 'spread (std)']);
    const a = rows(r.container, 'A');
    const track = width(a[0].querySelector('.charts-track'));
    expect(width(a[0].querySelector('.charts-bar-share')) / track).toBeCloseTo(0.87, 2);
    expect(width(a[1].querySelector('.charts-bar-share')) / track).toBeCloseTo(0.3, 2);
    expect(a[0].querySelector('.charts-bar-value')?.textContent).toBe('87 %');
  });

  it('scales the spread bars to one axis shared by all runs', () => {
    setRuns();
    r = render(<HealthPanel />);
    const bFirst = rows(r.container, 'B')[0];
    const aThird = rows(r.container, 'A')[2];
    const full = width(bFirst.querySelectorAll('.charts-track')[1]);
    expect(width(bFirst.querySelector('.charts-bar-spread'))).toBeCloseTo(full, 5);
    expect(width(aThird.querySelector('.charts-bar-spread')) / full).toBeCloseTo(0.25, 2);
  });

  it('names the worst layer in a sentence and lists every layer in the text equivalent', () => {
    setRuns();
    r = render(<HealthPanel />);
    expect(r.container.querySelector('[data-testid="health-worst-A"]')?.textContent).toBe('Most saturated: layer 1, 87 %');
    expect(r.container.querySelector('[data-testid="health-worst-B"]')?.textContent).toBe('Most dead units: layer 1, 25 %');
    const caption = r.container.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('Layer 1: 87 % saturated, spread 0.02');
    expect(caption).toContain('Layer 1: 25 % dead, spread 0.80');
  });

  it('prefers the live statistics of the latest step over the last recorded point', () => {
    setRuns();
    useLab.setState(merged({
      live: { A: { id: 'A', status: 'training', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: 0.7, masks: [], layers: [stats({ saturated: 0.5 }), stats(), stats(), stats()] } },
    }, useLab.getState()));
    r = render(<HealthPanel />);
    expect(r.container.querySelector('[data-testid="health-worst-A"]')?.textContent).toBe('Most saturated: layer 1, 50 %');
  });

  it('says when no layer is affected and asks for Play before any data', () => {
    useLab.setState(merged({ ...initialLabState, runs: [runInfo('A', [4])], history: {} }), true);
    r = render(<HealthPanel />);
    expect(r.container.textContent).toContain('No training yet');
    r.unmount();
    useLab.setState(merged({ ...initialLabState, runs: [runInfo('A', [4])], history: { A: [point(0, [stats({ saturated: 0.001 }), stats()])] } }), true);
    r = render(<HealthPanel />);
    expect(r.container.querySelector('[data-testid="health-worst-A"]')?.textContent).toBe('No layer is saturated.');
  });

  it('packs twenty layers tighter in presenter mode, labelling every few rows so no numbers overlap', () => {
    const deep = Array.from({ length: 21 }, () => stats({ saturated: 0.5, actStd: 0.1 }));
    const sizes = [2, ...Array.from({ length: 20 }, () => 8), 1];
    const state = { ...initialLabState, runs: [runInfo('A', sizes)], history: { A: [point(0, deep)] } };
    useLab.setState(merged(state), true);
    r = render(<HealthPanel />);
    const tall = r.container.querySelector('.charts-health-svg');
    const tallHeight = Number(tall?.getAttribute('height'));
    expect(rows(r.container, 'A')).toHaveLength(20);
    expect(r.container.querySelectorAll('.charts-health-row > text:not(.charts-bar-value)')).toHaveLength(20);
    r.unmount();

    useLab.setState(merged({ ...state, present: true }), true);
    r = render(<HealthPanel />);
    expect(rows(r.container, 'A')).toHaveLength(20);
    expect(Number(r.container.querySelector('.charts-health-svg')?.getAttribute('height'))).toBeLessThan(tallHeight / 2);
    const labels = [...r.container.querySelectorAll('.charts-health-row > text:not(.charts-bar-value)')].map((t) => Number(t.textContent));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(20);
    expect(labels[0]).toBe(1);
    // Labelled rows sit at least a line apart: equal steps between the layer numbers shown.
    const steps = new Set(labels.slice(1).map((n, i) => n - labels[i]));
    expect(steps.size).toBe(1);
    expect([...steps][0]).toBeGreaterThan(1);
  });
});
