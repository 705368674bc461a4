// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CurvesPanel } from '../../src/views/curves/CurvesPanel.tsx';
import { initialLabState, useLab } from '../../src/state/store.ts';
import { RUN_COLORS } from '../../src/views/ui/theme.ts';
import { curveHistory, runInfo } from './chartFixtures.ts';
import { mockResizeObserver, press, render, type Rendered } from './chartRender.tsx';
import { recordCanvasStrokes } from './fakeCanvas.ts';
import { merged } from '../setup/merged.ts';

let r: Rendered | undefined;
let canvas: ReturnType<typeof recordCanvasStrokes>;
beforeEach(() => { mockResizeObserver(800); canvas = recordCanvasStrokes('charts-curves-lines'); });
afterEach(() => { r?.unmount(); canvas.restore(); });

// A overfits: validation loss is lowest at point 3 (step 30), then rises. B generalises: lowest at the end.
const A = curveHistory([0.7, 0.5, 0.3, 0.2, 0.1, 0.05], [0.72, 0.6, 0.5, 0.45, 0.6, 0.9]);
const B = curveHistory([0.7, 0.6, 0.5, 0.4, 0.35, 0.3], [0.7, 0.62, 0.52, 0.44, 0.4, 0.36]);

function setRuns() {
  useLab.setState(merged({ ...initialLabState, runs: [runInfo('A', [8, 8]), runInfo('B', [8, 8])], history: { A, B } }), true);
}

const q = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;

describe('CurvesPanel', () => {
  it('draws train solid and validation dashed in each run colour, one point per recorded step', () => {
    setRuns();
    r = render(<CurvesPanel />);
    // Train then validation per run, in comparison order.
    expect(canvas.strokes.map((s) => s.color)).toEqual([RUN_COLORS[0], RUN_COLORS[0], RUN_COLORS[1], RUN_COLORS[1]]);
    expect(canvas.strokes.map((s) => s.subpaths)).toEqual([[6], [6], [6], [6]]);
    expect(canvas.strokes.map((s) => s.dash.length > 0)).toEqual([false, true, false, true]);
    const lines = q(r.container, 'canvas.charts-curves-lines');
    expect(lines.dataset.runs).toBe('A,B');
    expect(lines.dataset.train).toBe('6,6');
    expect(lines.dataset.val).toBe('6,6');
  });

  it('shades the gap between each run’s train and validation curves in the run colour, under the lines', () => {
    setRuns();
    r = render(<CurvesPanel />);
    expect(canvas.fills.map((f) => f.color)).toEqual([RUN_COLORS[0], RUN_COLORS[1]]);
    for (const f of canvas.fills) expect(f.alpha).toBeLessThan(0.5);
    // An area goes out along one curve and back along the other: 2 × 6 points.
    expect(canvas.fills.map((f) => f.subpaths)).toEqual([[12], [12]]);
    expect(q(r.container, 'canvas.charts-curves-lines').dataset.gap).toBe('12,12');
  });

  it('marks the step of lowest validation loss with a labelled diamond', () => {
    setRuns();
    r = render(<CurvesPanel />);
    expect(q(r.container, '.charts-best[data-run="A"]').dataset.step).toBe('30');
    expect(q(r.container, '.charts-best[data-run="B"]').dataset.step).toBe('50');
    const labels = [...r.container.querySelectorAll('.charts-best-label')].map((t) => t.textContent);
    expect(labels).toContain('A best: 30');
    expect(labels).toContain('B best: 50');
  });

  it('moves a cursor through the recorded steps with ← and →, and the readout follows', () => {
    setRuns();
    r = render(<CurvesPanel />);
    const plot = q(r.container, '[data-testid="curves-plot"]');
    expect(plot.tabIndex).toBe(0);
    expect(r.container.querySelector('.charts-cursor')).toBeNull();
    expect(q(r.container, '[data-testid="curves-readout"] caption').textContent).toBe('Latest values (step 50)');
    press(plot, 'ArrowLeft');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('50');
    press(plot, 'ArrowLeft');
    press(plot, 'ArrowLeft');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('30');
    const readout = q(r.container, '[data-testid="curves-readout"]');
    expect(q(readout, 'caption').textContent).toBe('Values at step 30');
    const rowA = [...readout.querySelectorAll('tr[data-run="A"] td')].map((td) => td.textContent);
    expect(rowA).toEqual(['0.200', '0.450', '90 %', '78 %']);
    press(plot, 'ArrowRight');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('40');
    press(plot, 'Home');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('0');
    press(plot, 'ArrowLeft');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('0');
    press(plot, 'End');
    expect(q(r.container, '.charts-cursor').dataset.step).toBe('50');
    press(plot, 'Escape');
    expect(r.container.querySelector('.charts-cursor')).toBeNull();
  });

  it('keeps arrow keys it handles from reaching page shortcuts', () => {
    setRuns();
    r = render(<CurvesPanel />);
    let reached = 0;
    const onKey = () => reached++;
    window.addEventListener('keydown', onKey);
    press(q(r.container, '[data-testid="curves-plot"]'), 'ArrowRight');
    press(q(r.container, '[data-testid="curves-plot"]'), 'x');
    window.removeEventListener('keydown', onKey);
    expect(reached).toBe(1);
  });

  it('has a legend with run labels and the line-style key', () => {
    setRuns();
    r = render(<CurvesPanel />);
    const items = [...r.container.querySelectorAll('.charts-curves-legend li')].map((l) => l.textContent);
    expect(items).toEqual(['A · Sigmoid', 'B · ReLU', 'train', 'validation', 'gap between them', 'lowest validation loss']);
  });

  it('switches to accuracy with percentage ticks', () => {
    setRuns();
    r = render(<CurvesPanel />);
    const radios = [...r.container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    act(() => radios[1].click());
    const ticks = [...r.container.querySelectorAll('.charts-axis-left .charts-tick text')].map((t) => t.textContent ?? '');
    expect(ticks[ticks.length - 1]).toBe('100 %');
    for (const t of ticks) expect(t).toMatch(/^\d+ %$/);
  });

  it('summarises each run in the caption with its best validation step', () => {
    setRuns();
    r = render(<CurvesPanel />);
    const text = q(r.container, 'figcaption').textContent ?? '';
    expect(text).toContain('A · Sigmoid: train loss 0.050, validation loss 0.900');
    expect(text).toContain('lowest validation loss 0.450 at step 30');
  });

  it('in race mode puts seconds of training on the x-axis, spanning the lesson’s time horizon, and reads out each run’s own latest point', () => {
    // A race: A is slow (10 steps take 1 s), B fast (50 steps in 1 s); at any moment they are at different steps.
    const slow = curveHistory([0.7, 0.6, 0.5], [0.7, 0.6, 0.5]).map((p, i) => ({ ...p, seconds: i * 0.5 }));
    const fast = curveHistory([0.7, 0.4, 0.2, 0.1], [0.7, 0.45, 0.25, 0.15], 50).map((p, i) => ({ ...p, seconds: i * 0.9 }));
    useLab.setState(merged({ ...initialLabState, lessonId: 'hardware', mode: 'race', runs: [runInfo('A', [8, 8]), runInfo('B', [8, 8])], history: { A: slow, B: fast } }), true);
    r = render(<CurvesPanel />);
    expect(q(r.container, '.charts-axis-bottom .charts-axis-label').textContent).toBe('Seconds of training');
    // The axis spans the lesson's 30 s horizon: the last tick is 30.
    expect([...r.container.querySelectorAll('.charts-axis-bottom .charts-tick text')].at(-1)?.textContent).toBe('30');
    const readout = q(r.container, '[data-testid="curves-readout"]');
    expect(readout.textContent).toContain('Latest values of each run');
    // A's last validation loss (0.5, step 20) and B's (0.15, step 150): each run's own, none missing.
    expect(readout.textContent).toContain('0.500');
    expect(readout.textContent).toContain('0.150');
    expect(readout.textContent).not.toContain('—');
    // Every run at the lesson's 90 % target: the horizon is reached and the axis shrinks to the data, B's 2.7 s
    // rounded up to a nice end (3 s), not to the 30 s horizon.
    act(() => useLab.setState(merged({ history: { A: slow.map((p) => ({ ...p, valAcc: 0.95 })), B: fast.map((p) => ({ ...p, valAcc: 0.95 })) } }, useLab.getState())));
    const last = Number([...r.container.querySelectorAll('.charts-axis-bottom .charts-tick text')].at(-1)?.textContent);
    expect(last).toBe(3);
  });

});

describe('CurvesPanel when narrow', () => {
  it('reads out one wrapped line per run instead of a wide table', () => {
    mockResizeObserver(300);
    setRuns();
    r = render(<CurvesPanel />);
    const readout = q(r.container, '[data-testid="curves-readout"]');
    expect(readout.querySelector('table')).toBeNull();
    expect(q(readout, '.charts-readout-caption').textContent).toBe('Latest values (step 50) · train / val.');
    expect(q(readout, 'li[data-run="A"]').textContent).toBe('A · SigmoidLoss 0.050 / 0.900Accuracy 98 % / 55 %');
  });
});
