// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { edgeMagnitude, edgeStyle } from '../../src/views/network/edgeScale.ts';
import { bundlePath, isDropped, networkLayout, UNIT_CAP } from '../../src/views/network/layout.ts';
import { NetworkDiagram } from '../../src/views/network/NetworkDiagram.tsx';
import { NetworkPanel } from '../../src/views/network/NetworkPanel.tsx';
import { paramCount } from '../../src/netShape.ts';
import { shapeText } from '../../src/views/network/summary.ts';
import { click, mount, type Mounted } from './labRender.tsx';
import { fakeRun, stats } from './fakeRuns.ts';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const segments = (d: string | null) => (d ?? '').split('M').length - 1;

describe('networkLayout', () => {
  it('draws at most 16 units per layer and counts the rest', () => {
    const cols = networkLayout([2, 256, 8, 1], 600, 300);
    expect(cols.map((c) => c.units.length)).toEqual([2, UNIT_CAP, 8, 1]);
    expect(cols.map((c) => c.hidden)).toEqual([0, 240, 0, 0]);
    expect(cols[0].x).toBeLessThan(cols[1].x);
    for (const c of cols) for (const u of c.units) expect(u.y).toBeGreaterThanOrEqual(0), expect(u.y).toBeLessThanOrEqual(300);
  });

  it('draws the 64 inputs of an 8×8 image whole, as an 8×8 block of pixels in row-major order, inside the box', () => {
    const [inputs, hidden] = networkLayout([64, 32, 10], 600, 300, UNIT_CAP, 26, 8);
    expect(inputs.units).toHaveLength(64);
    expect(inputs.hidden).toBe(0);
    expect(hidden.units).toHaveLength(UNIT_CAP);
    const xs = new Set(inputs.units.map((u) => u.x.toFixed(3)));
    const ys = new Set(inputs.units.map((u) => u.y.toFixed(3)));
    expect([xs.size, ys.size]).toEqual([8, 8]);
    // Unit 9 is row 1, column 1: one step right of unit 8 (row 1, column 0), one step below unit 1 (row 0, column 1).
    expect(inputs.units[9].x).toBeGreaterThan(inputs.units[8].x);
    expect(inputs.units[9].y).toBeCloseTo(inputs.units[8].y, 9);
    expect(inputs.units[9].y).toBeGreaterThan(inputs.units[1].y);
    expect(inputs.units[9].x).toBeCloseTo(inputs.units[1].x, 9);
    for (const u of inputs.units) expect(u.x).toBeGreaterThanOrEqual(0), expect(u.x).toBeLessThan(hidden.x), expect(u.y).toBeGreaterThanOrEqual(0);
    // A net whose input is not 8×8 keeps its column.
    expect(networkLayout([2, 8, 1], 600, 300, UNIT_CAP, 26, 8)[0].units.map((u) => u.x)).toEqual([28, 28]);
  });

  it('joins every drawn unit of one column to every drawn unit of the next', () => {
    const cols = networkLayout([3, 4], 200, 100);
    expect(segments(bundlePath(cols[0], cols[1]))).toBe(12);
  });

  it('reads a dropped unit from the keep-masks (0 = dropped) and keeps units without a mask', () => {
    const masks = [new Uint8Array([1, 0]), new Uint8Array([0, 1, 1])];
    expect(isDropped(masks, 0, 1)).toBe(true);
    expect(isDropped(masks, 0, 0)).toBe(false);
    expect(isDropped(masks, 1, 0)).toBe(true);
    expect(isDropped(masks, 2, 0)).toBe(false);
    expect(isDropped(undefined, 0, 0)).toBe(false);
  });
});

describe('NetworkDiagram', () => {
  const style = edgeStyle([1e-6, 1]);
  const names = ['in', 'H1', 'H2', 'out'];

  it('draws capped unit columns with a "+N" note for a 256-wide layer', () => {
    m = mount(
      <svg>
        <NetworkDiagram layerSizes={[2, 256, 256, 1]} stats={undefined} masks={undefined} mode="gradient" style={style} width={600} height={320} columnNames={names} />
      </svg>,
    );
    expect(m.container.querySelectorAll('circle.unit')).toHaveLength(2 + 16 + 16 + 1);
    expect([...m.container.querySelectorAll('text.more')].map((t) => t.textContent)).toEqual(['+240', '+240']);
    const bundles = [...m.container.querySelectorAll('path.bundle')];
    expect(bundles.map((b) => segments(b.getAttribute('d')))).toEqual([2 * 16, 16 * 16, 16]);
  });

  it('greys out exactly the units the latest masks dropped', () => {
    const masks = [new Uint8Array([1, 0]), new Uint8Array([0, 0, 1, 1]), new Uint8Array([1, 1, 1, 0])];
    m = mount(
      <NetworkDiagram layerSizes={[2, 4, 4, 1]} stats={undefined} masks={masks} mode="gradient" style={style} width={400} height={240} columnNames={names} />,
    );
    const cols = [...m.container.querySelectorAll('g.column')];
    expect(cols.map((c) => c.querySelectorAll('circle.dropped').length)).toEqual([1, 2, 1, 0]);
    expect(m.container.querySelectorAll('circle.unit')).toHaveLength(11);
  });

  it('shades each bundle by its layer’s gradient or weight size, and flags a saturated layer', () => {
    const s = [stats(1e-6, 1), stats(1e-2, 1, { saturated: 0.9 }), stats(1, 1)];
    const props = { layerSizes: [2, 4, 4, 1], stats: s, masks: undefined, style: edgeStyle([1e-6 / 2, 1e-2 / 4, 1 / 2]), width: 400, height: 240, columnNames: names };
    m = mount(<NetworkDiagram {...props} mode="gradient" />);
    const widths = [...m.container.querySelectorAll('path.bundle')].map((b) => Number(b.getAttribute('stroke-width')));
    expect(widths[0]).toBeLessThan(widths[1]);
    expect(widths[1]).toBeLessThan(widths[2]);
    const colours = new Set([...m.container.querySelectorAll('path.bundle')].map((b) => b.getAttribute('stroke')));
    expect(colours.size).toBe(3);
    expect(m.container.querySelector('g.column[data-column="2"] text.flag')).not.toBeNull();
    expect(m.container.querySelector('g.column[data-column="1"] text.flag')).toBeNull();
    m.unmount();
    m = mount(<NetworkDiagram {...props} style={edgeStyle([0.5, 0.25, 0.5])} mode="weight" />);
    const wWidths = [...m.container.querySelectorAll('path.bundle')].map((b) => Number(b.getAttribute('stroke-width')));
    // Equal weight norms spread over more edges give thinner edges: 2×4 and 4×4 bundles are thinner than 4×1.
    expect(wWidths[1]).toBeLessThan(wWidths[0]);
    expect(wWidths[0]).toBeLessThan(wWidths[2]);
  });
});

describe('edge scale and counts', () => {
  it('turns a layer norm into a per-edge RMS size', () => {
    expect(edgeMagnitude(stats(8, 4), 'gradient', 4, 4)).toBe(2);
    expect(edgeMagnitude(stats(8, 4), 'weight', 4, 4)).toBe(1);
  });

  it('spans six decades below the largest size and ignores non-finite values', () => {
    expect(edgeStyle([NaN, 0.1, 1e-3]).domain).toEqual([0.1 * 1e-6, 0.1]);
    expect(edgeStyle([]).domain).toEqual([1e-6, 1]);
  });

  it('counts weights, biases and batch-norm γ, β', () => {
    expect(paramCount([2, 16, 1], false)).toBe(2 * 16 + 16 + 16 + 1);
    expect(paramCount([2, 16, 1], true)).toBe(2 * 16 + 16 + 16 + 1 + 32);
    expect(paramCount([2, 16, 16, 16, 16, 16, 16, 16, 16, 1], false)).toBe(1969);
  });

  it('folds repeated hidden widths when describing the shape', () => {
    expect(shapeText([2, 16, 16, 16, 1])).toBe('2 → 16 (×3) → 1');
    expect(shapeText([2, 4, 1])).toBe('2 → 4 → 1');
  });
});

describe('NetworkPanel', () => {
  it('switches between runs and describes the shown network in words', () => {
    m = mount(<NetworkPanel />, {
      runs: [fakeRun('A', [2, 4, 4, 1]), fakeRun('B', [2, 8, 1])],
      live: {
        A: { id: 'A', status: 'training', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: 0.7, layers: [stats(1e-6), stats(1e-4), stats(1e-2)], masks: [new Uint8Array([1, 1]), new Uint8Array([1, 0, 0, 1])] },
        B: { id: 'B', status: 'training', step: 0, seconds: 0, stepsPerSecond: 0, batchLoss: 0.1, layers: [stats(0.01), stats(0.02)], masks: [] },
      },
    });
    const fig = () => m!.container.querySelector('figure.network-figure')!;
    expect(fig().getAttribute('data-run')).toBe('A');
    expect(fig().querySelector('figcaption')!.textContent).toContain('2 → 4 (×2) → 1');
    expect(fig().querySelector('figcaption')!.textContent).toContain('2 of 4 in H1');
    expect(m.container.querySelectorAll('.network-diagram circle.unit')).toHaveLength(11);
    click(m.container.querySelector('input[type="radio"][value="B"]')!);
    expect(fig().getAttribute('data-run')).toBe('B');
    expect(m.container.querySelectorAll('.network-diagram circle.unit')).toHaveLength(11);
    expect(m.container.querySelectorAll('path.bundle')).toHaveLength(2);
    expect(fig().querySelector('figcaption')!.textContent).toContain('2 → 8 → 1');
  });
});
