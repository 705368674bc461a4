// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { OutcomeRow } from '../../src/state/outcome.ts';
import { OutcomeChart } from '../../src/views/outcome/OutcomeChart.tsx';
import { RUN_COLORS } from '../../src/views/ui/theme.ts';
import { render, type Rendered } from './chartRender.tsx';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const row = (runIndex: number, value: number, seeds: (number | null)[], median: number): OutcomeRow => ({
  runId: 'ABCD'[runIndex], runIndex, value, x: value, seeds, median, min: Math.min(...seeds.filter((v): v is number => v !== null)),
  max: Math.max(...seeds.filter((v): v is number => v !== null)), diverged: seeds.filter((v) => v === null).length,
});
const rows = [row(0, 1, [0.99, 0.98, 0.97], 0.98), row(1, 2, [0.9, null, 0.8], 0.85), row(2, 4, [0.5, 0.5, 0.5], 0.5)];
const props = { rows, width: 400, height: 240, fontPx: 16, yDomain: [0.4, 1] as const, valueText: (o: OutcomeRow) => String(o.value), formatY: String, xTitle: 'Depth', yTitle: 'Accuracy', selected: null };

describe('OutcomeChart', () => {
  it('draws a dot per seed in its run\'s colour, none for a diverged seed, and one median line through every value', () => {
    r = render(<OutcomeChart {...props} />);
    const groups = [...r.container.querySelectorAll('g[data-run]')];
    expect(groups.map((g) => g.getAttribute('data-run'))).toEqual(['A', 'B', 'C']);
    expect(groups.map((g) => g.querySelectorAll('circle').length)).toEqual([3, 2, 3]);
    expect(groups.map((g) => g.getAttribute('fill'))).toEqual(RUN_COLORS.slice(0, 3));
    const paths = r.container.querySelectorAll('path.outcome-median');
    expect(paths).toHaveLength(1);
    // Three points: a move and two lines.
    expect(paths[0].getAttribute('d')!.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
  });

  it('puts a higher outcome higher up, and labels each value under the axis', () => {
    r = render(<OutcomeChart {...props} />);
    const cy = (run: string) => Number(r!.container.querySelector(`g[data-run="${run}"] circle`)!.getAttribute('cy'));
    expect(cy('A')).toBeLessThan(cy('B'));
    expect(cy('B')).toBeLessThan(cy('C'));
    expect([...r.container.querySelectorAll('.outcome-xlabel')].map((t) => t.textContent)).toEqual(['1', '2', '4']);
  });

  it('marks the value the keyboard is on', () => {
    r = render(<OutcomeChart {...props} selected={1} />);
    expect(r.container.querySelectorAll('rect.outcome-cursor')).toHaveLength(1);
  });
});
