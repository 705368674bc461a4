// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BoundaryPanel } from '../../src/views/boundary/BoundaryPanel.tsx';
import { boundaryPixels, cellClass, hexToRgb, MAX_TINT, probabilityColor } from '../../src/views/boundary/colors.ts';
import { CLASS_SYMBOLS, classSymbol, pointArea, toPixel } from '../../src/views/boundary/points.ts';
import { CLASS_COLORS, RUN_COLORS } from '../../src/views/ui/theme.ts';
import { fakeHistory, fakeRun } from './fakeRuns.ts';
import { mount, type Mounted } from './labRender.tsx';

const lightness = ([r, g, b]: readonly number[]) => r + g + b;

describe('probability → colour', () => {
  it('is white where the network is undecided (p = 0.5)', () => {
    expect(probabilityColor([0.5], 0, 1)).toEqual([255, 255, 255]);
  });

  it('tints towards class 0 below 0.5 and class 1 above, the same share at equal confidence', () => {
    const tint = (hex: string) => hexToRgb(hex).map((c) => Math.round(255 + (c - 255) * MAX_TINT));
    expect(probabilityColor([0], 0, 1)).toEqual(tint(CLASS_COLORS[0]));
    expect(probabilityColor([1], 0, 1)).toEqual(tint(CLASS_COLORS[1]));
  });

  it('gets darker as the network grows more certain (diverging scale)', () => {
    const l = [0.5, 0.6, 0.8, 1].map((p) => lightness(probabilityColor([p], 0, 1)));
    expect(l[0]).toBeGreaterThan(l[1]);
    expect(l[1]).toBeGreaterThan(l[2]);
    expect(l[2]).toBeGreaterThan(l[3]);
  });

  it('colours three-class cells by the most probable class, white at a three-way tie', () => {
    expect(cellClass([0.1, 0.2, 0.7], 0, 3).cls).toBe(2);
    expect(cellClass([1 / 3, 1 / 3, 1 / 3], 0, 3).confidence).toBeCloseTo(0);
    expect(probabilityColor([0, 0, 1], 0, 3)).toEqual(hexToRgb(CLASS_COLORS[2]).map((c) => Math.round(255 + (c - 255) * MAX_TINT)));
  });
});

describe('boundaryPixels', () => {
  it('writes opaque RGBA bytes per cell, row 0 first (the top of the picture)', () => {
    const probs = new Float32Array([0, 0.5, 0.5, 1]);
    const px = boundaryPixels(probs, 1, 2);
    expect(px.length).toBe(16);
    expect([px[4], px[5], px[6]]).toEqual([255, 255, 255]);
    expect([px[0], px[1], px[2]]).toEqual(probabilityColor([0], 0, 1));
    expect([px[12], px[13], px[14]]).toEqual(probabilityColor([1], 0, 1));
    expect([px[3], px[7], px[11], px[15]]).toEqual([255, 255, 255, 255]);
  });

  it('reads all outputs of a softmax grid for each cell', () => {
    const probs = new Float32Array([0.05, 0.05, 0.9, 0.9, 0.05, 0.05, 0.1, 0.8, 0.1, 1 / 3, 1 / 3, 1 / 3]);
    const px = boundaryPixels(probs, 3, 2);
    expect(px.length).toBe(16);
    const cells = [0, 1, 2, 3].map((i) => [px[4 * i], px[4 * i + 1], px[4 * i + 2]]);
    const dominant = (c: number[]) => c.indexOf(Math.max(...c));
    expect(dominant(cells[0])).toBe(1); // class 2 is green
    expect(dominant(cells[1])).toBe(2); // class 0 is blue
    expect(dominant(cells[2])).toBe(0); // class 1 is orange-red
    expect(cellClass(probs, 0, 3).cls).toBe(2);
    expect(cellClass(probs, 3, 3).cls).toBe(0);
    expect(cellClass(probs, 6, 3).cls).toBe(1);
    expect(cells[3]).toEqual([255, 255, 255]);
    expect(lightness(cells[0])).toBeGreaterThan(lightness(probabilityColor([0, 0, 1], 0, 3)));
  });
});

describe('points', () => {
  it('gives each class its own shape so classes read without colour', () => {
    expect(new Set(CLASS_SYMBOLS).size).toBe(3);
    expect(classSymbol(0)).not.toBe(classSymbol(1));
    expect(classSymbol(3)).toBe(classSymbol(0));
  });

  it('maps the grid’s top-left corner to (0, 0) and bottom-right to (size, size)', () => {
    const g = { resolution: 48, xMin: -2, xMax: 2, yMin: -1, yMax: 1 };
    expect(toPixel(g, 400, -2, 1)).toEqual([0, 0]);
    expect(toPixel(g, 400, 2, -1)).toEqual([400, 400]);
    expect(toPixel(g, 400, 0, 0)).toEqual([200, 200]);
  });

  it('grows points with the canvas but keeps a minimum size', () => {
    expect(pointArea(800)).toBeGreaterThan(pointArea(400));
    expect(pointArea(50)).toBeCloseTo(Math.PI * 2.5 * 2.5);
  });
});

describe('BoundaryPanel', () => {
  let m: Mounted | null = null;
  afterEach(() => {
    m?.unmount();
    m = null;
  });

  it('shows a figure per run with its coloured label, a canvas described in words and a class legend', () => {
    const grid = { resolution: 2, xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
    m = mount(<BoundaryPanel />, {
      runs: [fakeRun('A', [2, 4, 1]), fakeRun('B', [2, 4, 1])],
      grid,
      comparison: { knob: 'activation', values: ['sigmoid', 'relu'] },
      history: { A: fakeHistory(3, 2, 0.5), B: fakeHistory(3, 2, 0.992) },
      boundary: { type: 'boundary', step: 20, grid, predictions: [{ id: 'A', outputs: 1, probs: new Float32Array(4) }] },
    });
    const figures = m.container.querySelectorAll('figure.boundary-run');
    expect([...figures].map((f) => f.getAttribute('data-run'))).toEqual(['A', 'B']);
    expect(figures[0].querySelector('h3')!.textContent).toContain('A · Sigmoid');
    expect(figures[1].querySelector('h3')!.textContent).toContain('B · ReLU');
    expect(figures[0].querySelector('.run-swatch line')!.getAttribute('stroke')).toBe(RUN_COLORS[0]);
    expect(figures[1].querySelector('.run-swatch line')!.getAttribute('stroke')).toBe(RUN_COLORS[1]);
    expect(figures[1].querySelector('canvas')!.getAttribute('aria-label')).toContain('99.2 %');
    expect(figures[1].querySelector('figcaption')!.textContent).toContain('validation accuracy 99.2 %');
    expect(figures[0].querySelector('canvas')!.getAttribute('data-step-drawn')).toBe('yes');
    expect(figures[1].querySelector('canvas')!.getAttribute('data-step-drawn')).toBe('no');
    const legend = m.container.querySelector('.boundary-legend')!.textContent!;
    expect(legend).toContain('class 0');
    expect(legend).toContain('class 1');
    expect(legend).not.toContain('class 2');
  });
});
