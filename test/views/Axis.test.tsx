// @vitest-environment happy-dom
import { scaleLinear, scaleLog } from 'd3';
import { afterEach, describe, expect, it } from 'vitest';
import { AxisBottom, AxisLeft } from '../../src/views/ui/Axis.tsx';
import { render, type Rendered } from './chartRender.tsx';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

function tickTexts(c: HTMLElement): string[] {
  return [...c.querySelectorAll('.charts-tick text')].map((t) => t.textContent ?? '');
}

describe('AxisLeft', () => {
  it('labels a log axis at each power of ten with superscript exponents', () => {
    const y = scaleLog().domain([1e-6, 1]).range([200, 0]);
    r = render(<svg><AxisLeft scale={y} ticks={10} /></svg>);
    expect(tickTexts(r.container)).toEqual(['10⁻⁶', '10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰']);
  });

  it('puts each tick at the scale position of its value', () => {
    const y = scaleLog().domain([1e-4, 1]).range([100, 0]);
    r = render(<svg><AxisLeft scale={y} ticks={10} /></svg>);
    const transforms = [...r.container.querySelectorAll('.charts-tick')].map((g) => g.getAttribute('transform'));
    expect(transforms).toEqual(['translate(0,100)', 'translate(0,75)', 'translate(0,50)', 'translate(0,25)', 'translate(0,0)']);
  });

  it('draws grid lines across the plot only when asked', () => {
    const y = scaleLinear().domain([0, 1]).range([100, 0]);
    r = render(<svg><AxisLeft scale={y} ticks={5} /></svg>);
    expect(r.container.querySelectorAll('.charts-grid')).toHaveLength(0);
    r.rerender(<svg><AxisLeft scale={y} ticks={5} grid={300} /></svg>);
    const grid = [...r.container.querySelectorAll('.charts-grid')];
    expect(grid.length).toBe(tickTexts(r.container).length);
    expect(grid[0].getAttribute('x2')).toBe('300');
  });
});

describe('AxisBottom', () => {
  it('uses d3 ticks and a given format on a linear axis', () => {
    const x = scaleLinear().domain([0, 1000]).range([0, 400]);
    r = render(<svg><AxisBottom scale={x} ticks={5} format={(v) => `${v}!`} /></svg>);
    expect(tickTexts(r.container)).toEqual(['0!', '200!', '400!', '600!', '800!', '1000!']);
  });

  it('thins a long log axis to the tick count, keeping the top power', () => {
    const x = scaleLog().domain([1e-12, 1]).range([0, 100]);
    r = render(<svg><AxisBottom scale={x} ticks={4} /></svg>);
    expect(tickTexts(r.container)).toEqual(['10⁻¹²', '10⁻⁸', '10⁻⁴', '10⁰']);
  });

  it('shows its title', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 100]);
    r = render(<svg><AxisBottom scale={x} label="Step" /></svg>);
    expect(r.container.querySelector('.charts-axis-label')?.textContent).toBe('Step');
  });
});
